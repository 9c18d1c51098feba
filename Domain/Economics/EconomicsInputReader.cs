using System.Globalization;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Reads what the economics are computed from, each source attributed to a resolved profile: order and refund events
/// (SegmentEvents, kept current by identity resolution), won deals (through the contact's <c>crm_contact_id</c>
/// identifier), imported transactions (through their user_id or email), and the touches of every event.
/// </summary>
public sealed class EconomicsInputReader(IDbContextFactory<PortalDbContext> contexts)
{
    public const string OrderCompleted = "Order Completed";
    public const string OrderRefunded = "Order Refunded";

    public async Task<List<RevenueEntry>> RevenueEntriesAsync(string workspaceCurrency, CancellationToken cancellationToken)
    {
        var entries = new List<RevenueEntry>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = db.SegmentEvents.AsNoTracking()
            .Where(e => e.Name == OrderCompleted || e.Name == OrderRefunded)
            .Select(e => new
            {
                e.Name, e.ProfileId, e.Timestamp,
                OrderId = JsonSql.Text(e.Props, "$.properties.order_id"),
                Revenue = JsonSql.Text(e.Props, "$.properties.revenue"),
                Total = JsonSql.Text(e.Props, "$.properties.total"),
                Currency = JsonSql.Text(e.Props, "$.properties.currency"),
            }).AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            var currency = string.IsNullOrWhiteSpace(e.Currency) ? workspaceCurrency : e.Currency.Trim().ToUpperInvariant();
            long? amount = (Major(e.Revenue) ?? Major(e.Total)) is { } major ? Currencies.RoundToMinor(major, currency) : null;
            var kind = e.Name == OrderCompleted ? RevenueKind.Order : RevenueKind.Refund;
            entries.Add(new RevenueEntry(e.ProfileId, DateTime.SpecifyKind(e.Timestamp, DateTimeKind.Utc), kind,
                string.IsNullOrWhiteSpace(e.OrderId) ? null : e.OrderId, amount, currency));
        }

        await AddWonDealsAsync(db, entries, cancellationToken);
        await AddImportedAsync(db, entries, cancellationToken);
        return entries;
    }

    /// <summary>The touches of every event that carries a campaign or a referrer; the caller keeps those of its customers.</summary>
    public async IAsyncEnumerable<Touch> TouchesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A cheap text test first: most events carry neither, and parsing their JSON would be most of the work.
        var rows = db.SegmentEvents.AsNoTracking()
            .Where(e => e.Props.Contains("\"campaign\"") || e.Props.Contains("\"referrer\""))
            .Select(e => new { e.ProfileId, e.Timestamp, e.Props }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            if (TouchParser.Parse(row.ProfileId, DateTime.SpecifyKind(row.Timestamp, DateTimeKind.Utc), row.Props) is { } touch)
                yield return touch;
    }

    private static async Task AddWonDealsAsync(PortalDbContext db, List<RevenueEntry> entries, CancellationToken cancellationToken)
    {
        var deals = await (from d in db.Deals.AsNoTracking()
                           join s in db.PipelineStages.AsNoTracking() on d.StageId equals s.Id
                           where s.Outcome == StageOutcome.Won && d.ContactId != null
                           select new { d.Id, d.ContactId, d.ClosedAt, d.StageChangedAt, d.Amount, d.Currency }).ToListAsync(cancellationToken);
        if (deals.Count == 0)
            return;
        var profileOf = await db.ProfileIdentifiers.AsNoTracking().Where(i => i.Type == CrmMessages.ContactIdType)
            .Select(i => new { i.Value, i.ProfileId }).ToDictionaryAsync(i => i.Value, i => i.ProfileId, cancellationToken);
        foreach (var deal in deals)
            if (profileOf.TryGetValue(deal.ContactId!.Value.ToString(CultureInfo.InvariantCulture), out var profile))
                entries.Add(new RevenueEntry(profile, deal.ClosedAt ?? deal.StageChangedAt, RevenueKind.Deal, $"deal:{deal.Id}", deal.Amount, deal.Currency));
    }

    private static async Task AddImportedAsync(PortalDbContext db, List<RevenueEntry> entries, CancellationToken cancellationToken)
    {
        var imported = await db.ImportedTransactions.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var byType in imported.GroupBy(t => t.IdentifierType))
        {
            var profileOf = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var chunk in byType.Select(t => t.IdentifierValue).Distinct().Chunk(500))
                foreach (var i in await db.ProfileIdentifiers.AsNoTracking().Where(i => i.Type == byType.Key && chunk.Contains(i.Value))
                             .Select(i => new { i.Value, i.ProfileId }).ToListAsync(cancellationToken))
                    profileOf[i.Value] = i.ProfileId;
            foreach (var t in byType)
                if (profileOf.TryGetValue(t.IdentifierValue, out var profile))
                    entries.Add(new RevenueEntry(profile, t.OccurredAt, t.Kind, t.OrderId, t.Amount, t.Currency));
        }
    }

    private static decimal? Major(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) < 1e15m ? value : null;
}
