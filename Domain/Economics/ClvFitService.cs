using Lodestar.Domain.Data;
using Lodestar.Domain.Economics.Clv;
using Lodestar.Domain.Money;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Fits the BG/NBD and Gamma-Gamma models on the <c>Order Completed</c> events of resolved profiles (one customer per
/// profile, so purchases made under several identifiers count once per person) on or before the calibration end.
/// </summary>
public sealed class ClvFitService(IDbContextFactory<PortalDbContext> contexts)
{
    public const string PurchaseEvent = "Order Completed";

    // Until the revenue slice brings the workspace currency and its rate table, amounts are read as US dollars.
    public const string WorkspaceCurrency = "USD";

    /// <param name="calibrationEnd">Last day (UTC, inclusive) of the purchases the models learn from.</param>
    /// <param name="holdoutEnd">
    /// Last day (inclusive) of the holdout period whose purchases the fitted BG/NBD is checked against; default: the day
    /// of the last stored purchase. No check when that is not after the calibration end.
    /// </param>
    /// <exception cref="DomainValidationException">
    /// No purchases, or no repeat purchases, on or before the calibration end; a holdout end not after it.
    /// </exception>
    public async Task<ClvModelFit> FitAsync(DateOnly calibrationEnd, ClvTimeUnit unit, DateOnly? holdoutEnd, CancellationToken cancellationToken)
    {
        if (calibrationEnd.Year > 9000)
            throw new DomainValidationException("calibrationEnd", "Choose a calibration end before the year 9000.");
        if (holdoutEnd <= calibrationEnd)
            throw new DomainValidationException("holdoutEnd",
                $"The holdout period starts the day after the calibration end ({calibrationEnd:yyyy-MM-dd}): choose a holdout end after it, or none for the last purchase.");
        if (holdoutEnd?.Year > 9000)
            throw new DomainValidationException("holdoutEnd", "Choose a holdout end before the year 9000.");
        var digits = Currencies.DigitsOf(WorkspaceCurrency);
        var purchases = await PurchasesAsync(holdoutEnd, cancellationToken);
        var lastDay = holdoutEnd ?? (purchases.Count == 0 ? calibrationEnd : DateOnly.FromDateTime(purchases.Max(p => p.Timestamp)));
        var holdout = lastDay > calibrationEnd ? lastDay : (DateOnly?)null;
        var customers = CustomerSummaryCalculator.Summarize(purchases, calibrationEnd, unit, holdout);
        if (customers.Count == 0)
            throw new DomainValidationException("calibrationEnd",
                $"No '{PurchaseEvent}' events of a resolved profile on or before {calibrationEnd:yyyy-MM-dd}: choose a later calibration end (or run identity resolution).");
        if (!customers.Any(c => c.Frequency > 0 && c.MonetaryValue > 0))
            throw new DomainValidationException("calibrationEnd",
                $"No customer bought again, for a positive amount, on a later day on or before {calibrationEnd:yyyy-MM-dd}: the models learn from repeat purchases; choose a later calibration end.");

        var bgnbd = BgNbdFitter.Fit(customers);
        var spend = GammaGammaFitter.Fit(customers, minorUnitsPerUnit: Math.Pow(10, digits));
        var check = holdout is { } end
            ? ClvHoldoutCalculator.Compare(bgnbd.Parameters, customers, (end.DayNumber - calibrationEnd.DayNumber) / ClvTimeUnits.DaysPer(unit))
            : null;
        return new ClvModelFit(calibrationEnd, unit, WorkspaceCurrency, customers.Count, bgnbd, spend, holdout, check);
    }

    /// <summary>The purchases on or before <paramref name="lastDay"/>; all of them when null.</summary>
    private async Task<List<ClvPurchase>> PurchasesAsync(DateOnly? lastDay, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var purchases = new List<ClvPurchase>();
        var events = db.SegmentEvents.AsNoTracking().Where(e => e.Name == PurchaseEvent);
        if (lastDay is { } day)
        {
            var before = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            events = events.Where(e => e.Timestamp < before);
        }

        var rows = events.Select(e => new { e.ProfileId, e.Timestamp, e.Props }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            purchases.Add(new ClvPurchase(row.ProfileId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DateTime.SpecifyKind(row.Timestamp, DateTimeKind.Utc), PurchaseRevenue.MinorUnits(row.Props, WorkspaceCurrency)));
        }

        return purchases;
    }
}
