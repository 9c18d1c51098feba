using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>The field history every CRM record keeps: what a save or a delete changed, and reading it back.</summary>
internal static class CrmHistory
{
    /// <summary>The history keeps at most this much of a value; long text is shortened there, not in the record.</summary>
    private const int MaxValue = 1_000;

    public static string? Shortened(string? text) => text is { Length: > MaxValue } ? text[..(MaxValue - 1)] + "…" : text;

    /// <summary>Stages a row per field a save changed (<paramref name="before"/> null: a new record).</summary>
    public static void AddChanges(PortalDbContext db, string recordType, long recordId, IReadOnlyList<(string Field, string? Value)>? before,
        IReadOnlyList<(string Field, string? Value)> after, string by, DateTime at)
    {
        foreach (var (field, old, value) in CrmFieldDiffCalculator.Changes(before, after))
            db.CrmFieldChanges.Add(new CrmFieldChange
            {
                RecordType = recordType, RecordId = recordId, Field = field, OldValue = old, NewValue = value, ChangedBy = by, ChangedAt = at,
            });
    }

    public static void AddDeleted(PortalDbContext db, string recordType, long recordId, string name, string by, DateTime at) =>
        db.CrmFieldChanges.Add(new CrmFieldChange
        {
            RecordType = recordType, RecordId = recordId, Field = "deleted", OldValue = name, ChangedBy = by, ChangedAt = at,
        });

    /// <summary>The history of a record that must exist, newest first.</summary>
    /// <param name="exists">Whether the record is there (its own table's query).</param>
    /// <exception cref="NotFoundException">It is not.</exception>
    public static async Task<IReadOnlyList<CrmFieldChange>> ListExistingAsync(PortalDbContext db, string recordType, long recordId,
        Func<Task<bool>> exists, CancellationToken cancellationToken)
    {
        if (!await exists())
            throw new NotFoundException($"There is no {recordType} with id {recordId}.");
        return await ListAsync(db, recordType, recordId, cancellationToken);
    }

    /// <summary>The record's history, newest first.</summary>
    public static async Task<IReadOnlyList<CrmFieldChange>> ListAsync(PortalDbContext db, string recordType, long recordId, CancellationToken cancellationToken) =>
        await db.CrmFieldChanges.AsNoTracking()
            .Where(c => c.RecordType == recordType && c.RecordId == recordId).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
}
