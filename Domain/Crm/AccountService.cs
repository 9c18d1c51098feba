using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>Creates, edits and deletes accounts, recording each field change.</summary>
public sealed class AccountService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<AccountView> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var account = await db.CrmAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no account with id {id}.");
        return (await AccountQueryService.ViewsAsync(db, [account], cancellationToken))[0];
    }

    /// <exception cref="DomainValidationException">A field is wrong or the owner is not a user.</exception>
    public Task<AccountView> CreateAsync(AccountFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(null, input, by, cancellationToken);

    public Task<AccountView> UpdateAsync(long id, AccountFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(id, input, by, cancellationToken);

    /// <summary>Deletes the account; its contacts stay, without an account.</summary>
    public async Task DeleteAsync(long id, string by, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var account = await db.CrmAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no account with id {id}.");
        db.CrmAccounts.Remove(account);
        db.CrmFieldChanges.Add(new CrmFieldChange
        {
            RecordType = CrmRecordTypes.Account, RecordId = id, Field = "deleted", OldValue = account.Name, ChangedBy = by, ChangedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CrmFieldChange>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (!await db.CrmAccounts.AnyAsync(a => a.Id == id, cancellationToken))
            throw new NotFoundException($"There is no account with id {id}.");
        return await db.CrmFieldChanges.AsNoTracking()
            .Where(c => c.RecordType == CrmRecordTypes.Account && c.RecordId == id).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Accounts with the same name (ignoring case) or the same domain.</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindDuplicatesAsync(AccountFields input, long? exceptId, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim().ToLower();
        var domain = string.IsNullOrWhiteSpace(input.Domain) ? null : input.Domain.Trim().ToLower();
        await using var db = contexts.CreateDbContext();
        var rows = await db.CrmAccounts.AsNoTracking()
            .Where(a => a.Id != exceptId && ((name != null && a.Name.ToLower() == name) || (domain != null && a.Domain == domain)))
            .OrderBy(a => a.Id).Take(10).ToListAsync(cancellationToken);
        return rows.Select(a => new PossibleDuplicate(a.Id, a.Name,
            string.Join(", ", new[] { a.Name.ToLower() == name ? "same name" : null, domain != null && a.Domain == domain ? "same domain" : null }.OfType<string>()))).ToList();
    }

    private async Task<AccountView> SaveAsync(long? id, AccountFields input, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fields = AccountValidator.Normalize(input);
        await using var db = contexts.CreateDbContext();
        if (fields.OwnerId is { } ownerId && !await db.Users.AnyAsync(u => u.Id == ownerId, cancellationToken))
            throw new DomainValidationException("ownerId", "The owner is not a portal user: pick one from the list or leave it empty.");
        Account account;
        IReadOnlyList<(string, string?)>? before = null;
        if (id is { } existingId)
        {
            account = await db.CrmAccounts.FirstOrDefaultAsync(a => a.Id == existingId, cancellationToken)
                ?? throw new NotFoundException($"There is no account with id {existingId}.");
            before = AccountFieldValues.Of(account, await OwnerNameAsync(db, account.OwnerId, cancellationToken));
        }
        else
        {
            account = new Account { Name = "", CreatedAt = now };
            db.CrmAccounts.Add(account);
        }

        AccountFieldValues.Apply(account, fields);
        account.UpdatedAt = now;
        // The record and its history go in one SaveChanges, so one transaction.
        var after = AccountFieldValues.Of(account, await OwnerNameAsync(db, account.OwnerId, cancellationToken));
        var changes = CrmFieldDiffCalculator.Changes(before, after).Select(c => new CrmFieldChange
        {
            RecordType = CrmRecordTypes.Account, Field = c.Field, OldValue = c.Old, NewValue = c.New, ChangedBy = by, ChangedAt = now,
        }).ToList();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var change in changes)
                change.RecordId = account.Id;
            db.CrmFieldChanges.AddRange(changes);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return (await AccountQueryService.ViewsAsync(db, [account], cancellationToken))[0];
    }

    private static async Task<string?> OwnerNameAsync(PortalDbContext db, string? ownerId, CancellationToken cancellationToken) =>
        (await CrmLookups.OwnerNamesAsync(db, [ownerId], cancellationToken)).Values.FirstOrDefault();
}
