using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Import;

/// <summary>
/// Imports contacts, accounts or deals from CSV: maps columns to fields, checks every row as the forms do, and stores all of
/// them in one transaction, or none when any row is wrong (the report says which and why). A preview checks and stores nothing.
/// </summary>
public sealed class CrmImportService(IDbContextFactory<PortalDbContext> contexts, CrmSource source, TimeProvider time)
{
    private const int SampleRows = 5;

    /// <exception cref="DomainValidationException">The file cannot be read, or the mapping names an unknown field or column.</exception>
    public async Task<CrmImportReport> ImportAsync(CrmImportKind kind, TextReader file, IReadOnlyDictionary<string, string>? mapping, bool preview,
        string by, string fileName, CancellationToken cancellationToken)
    {
        var table = CsvImportReader.Read(file);
        var used = CrmImportMapping.Resolve(kind, table.Columns, mapping);
        var columnOf = used.ToDictionary(m => m.Key, m => table.Columns.ToList().IndexOf(m.Value), StringComparer.Ordinal);
        // Row numbers as a spreadsheet shows them: the header is row 1.
        var rows = table.Rows.Select((values, i) => new CrmImportRow(i + 2, values, columnOf)).ToList();
        var sample = rows.Take(SampleRows).Select(r => (IReadOnlyDictionary<string, string?>)used.Keys.ToDictionary(f => f, r.Text)).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = contexts.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var sourceId = kind == CrmImportKind.Accounts ? 0 : await source.IdAsync(cancellationToken);
        List<Contact> contacts = [];
        List<Account> accounts = [];
        List<(Deals.Deal Deal, Deals.DealView View)> deals = [];
        if (kind == CrmImportKind.Contacts)
            contacts = await ContactImporter.CheckAsync(db, rows, DateOnly.FromDateTime(now), now, cancellationToken);
        else if (kind == CrmImportKind.Accounts)
            accounts = await AccountImporter.CheckAsync(db, rows, now, cancellationToken);
        else
            deals = await DealImporter.CheckAsync(db, rows, now, cancellationToken);
        var rejected = rows.SelectMany(r => r.Problems).ToList();
        var report = new CrmImportReport(kind, table.Columns, used, rows.Count, 0, preview, sample, rejected);
        if (preview || rejected.Count > 0 || rows.Count == 0)
            return report;

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (kind == CrmImportKind.Contacts)
                await ContactImporter.StoreAsync(db, contacts, sourceId, now, cancellationToken);
            else if (kind == CrmImportKind.Deals)
                await DealImporter.StoreAsync(db, deals, sourceId, now, cancellationToken);
            else
            {
                db.CrmAccounts.AddRange(accounts);
                await db.SaveChangesAsync(cancellationToken);
            }

            // One history row per record says where it came from; its fields are in the file.
            var (ids, recordType) = kind switch
            {
                CrmImportKind.Contacts => (contacts.Select(c => c.Id), CrmRecordTypes.Contact),
                CrmImportKind.Deals => (deals.Select(d => d.Deal.Id), CrmRecordTypes.Deal),
                _ => (accounts.Select(a => a.Id), CrmRecordTypes.Account),
            };
            db.CrmFieldChanges.AddRange(ids.Select(id => new CrmFieldChange
            {
                RecordType = recordType, RecordId = id, Field = "imported", NewValue = fileName, ChangedBy = by, ChangedAt = now,
            }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return report with { Imported = rows.Count };
    }
}
