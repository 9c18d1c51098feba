using Lodestar.Domain.Economics.Import;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics.Spend;

/// <summary>
/// Marketing spend: added in batches (JSON rows or a CSV file) that are stored completely or not at all, listed,
/// corrected and deleted row by row.
/// </summary>
public sealed class MarketingSpendService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <exception cref="DomainValidationException">Every wrong field as <c>rows[i].field</c> (i counts from 0); nothing stored.</exception>
    public async Task<IReadOnlyList<MarketingSpend>> AddAsync(IReadOnlyList<SpendDraft> drafts, CancellationToken cancellationToken)
    {
        if (drafts.Count == 0)
            throw new DomainValidationException("rows", "Send at least one spend row: { date, channel, campaign, cost, currency }.");
        if (drafts.Count > SpendLimits.MaxRows)
            throw new DomainValidationException("rows", $"Send at most {SpendLimits.MaxRows:N0} rows at once.");
        var errors = new Dictionary<string, string[]>();
        var rows = drafts.Select((d, i) => SpendRowValidator.Check(d, $"rows[{i}]", errors)).ToList();
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return await StoreAsync(rows!, cancellationToken);
    }

    /// <summary>A CSV file with the columns date, channel, campaign (may be empty), cost, currency, in any order and case.</summary>
    /// <exception cref="DomainValidationException">An unreadable file or a missing column under <c>file</c>; wrong fields as <c>rows[n].field</c> with n the line number (the header is line 1).</exception>
    public async Task<IReadOnlyList<MarketingSpend>> ImportCsvAsync(TextReader file, CancellationToken cancellationToken)
    {
        var csv = EconomicsCsv.Read(file, ["date", "channel", "cost", "currency"], ["campaign"]);
        var errors = new Dictionary<string, string[]>();
        var rows = csv.Table.Rows.Select((r, i) => SpendRowValidator.Check(
            new SpendDraft(csv.Cell(r, "date"), csv.Cell(r, "channel"), csv.Cell(r, "campaign"), csv.Cell(r, "cost"), csv.Cell(r, "currency")),
            EconomicsCsv.RowKey(i), errors)).ToList();
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return await StoreAsync(rows!, cancellationToken);
    }

    public async Task<SpendPage> ListAsync(DateOnly? from, DateOnly? to, string? channel, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.MarketingSpend.AsNoTracking();
        if (from is { } f)
            query = query.Where(s => s.Date >= f);
        if (to is { } t)
            query = query.Where(s => s.Date <= t);
        if (!string.IsNullOrWhiteSpace(channel))
            query = query.Where(s => s.Channel.ToLower() == channel.Trim().ToLower());
        var total = await query.CountAsync(cancellationToken);
        var costs = await query.GroupBy(s => s.Currency).Select(g => new { Currency = g.Key, Cost = g.Sum(s => s.Cost) })
            .ToDictionaryAsync(c => c.Currency, c => c.Cost, cancellationToken);
        var items = await query.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
            .Skip(Math.Max(offset, 0)).Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
        return new SpendPage(items, total, costs);
    }

    /// <exception cref="NotFoundException">No row with that id.</exception>
    public async Task<MarketingSpend> UpdateAsync(long id, SpendDraft draft, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var checkedRow = SpendRowValidator.Check(draft, "", errors);
        if (checkedRow is null)
            throw new DomainValidationException(errors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.MarketingSpend.FindAsync([id], cancellationToken) ?? throw new NotFoundException($"There is no spend row {id}.");
        (row.Date, row.Channel, row.Campaign, row.Cost, row.Currency) = (checkedRow.Date, checkedRow.Channel, checkedRow.Campaign, checkedRow.Cost, checkedRow.Currency);
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <exception cref="NotFoundException">No row with that id.</exception>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.MarketingSpend.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new NotFoundException($"There is no spend row {id}.");
    }

    private async Task<IReadOnlyList<MarketingSpend>> StoreAsync(IReadOnlyList<MarketingSpend> rows, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var row in rows)
            (row.CreatedAt, row.UpdatedAt) = (now, now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.MarketingSpend.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }
}
