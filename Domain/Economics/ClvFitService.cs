using Lodestar.Domain.Economics.Clv;
using Lodestar.Domain.Money;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Fits the BG/NBD and Gamma-Gamma models on the purchases of the revenue ledger — <c>Order Completed</c> events of
/// resolved profiles (one customer per profile, so purchases made under several identifiers count once per person;
/// each order once), won deals and imported transactions, in the workspace currency — on or before the calibration
/// end: the same purchases the nightly <c>economics</c> run learns from.
/// </summary>
public sealed class ClvFitService(EconomicsInputReader reader, Settings.EconomicsSettingsService settingsService)
{
    public const string PurchaseEvent = "Order Completed";

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
        var settings = await settingsService.GetAsync(cancellationToken);
        var digits = Currencies.DigitsOf(settings.Currency);
        var purchases = await PurchasesAsync(settings, holdoutEnd, cancellationToken);
        var lastDay = holdoutEnd ?? (purchases.Count == 0 ? calibrationEnd : DateOnly.FromDateTime(purchases.Max(p => p.Timestamp)));
        var holdout = lastDay > calibrationEnd ? lastDay : (DateOnly?)null;
        var customers = CustomerSummaryCalculator.Summarize(purchases, calibrationEnd, unit, holdout);
        if (customers.Count == 0)
            throw new DomainValidationException("calibrationEnd",
                $"No purchases ('{PurchaseEvent}' events of a resolved profile, won deals or imported transactions) on or before {calibrationEnd:yyyy-MM-dd}: choose a later calibration end (or run identity resolution).");
        if (!customers.Any(c => c.Frequency > 0 && c.MonetaryValue > 0))
            throw new DomainValidationException("calibrationEnd",
                $"No customer bought again, for a positive amount, on a later day on or before {calibrationEnd:yyyy-MM-dd}: the models learn from repeat purchases; choose a later calibration end.");

        var bgnbd = BgNbdFitter.Fit(customers);
        var spend = GammaGammaFitter.Fit(customers, minorUnitsPerUnit: Math.Pow(10, digits));
        var check = holdout is { } end
            ? ClvHoldoutCalculator.Compare(bgnbd.Parameters, customers, (end.DayNumber - calibrationEnd.DayNumber) / ClvTimeUnits.DaysPer(unit))
            : null;
        return new ClvModelFit(calibrationEnd, unit, settings.Currency, customers.Count, bgnbd, spend, holdout, check);
    }

    /// <summary>The ledger's purchases on or before <paramref name="lastDay"/>; all of them when null.</summary>
    private async Task<List<ClvPurchase>> PurchasesAsync(Settings.EconomicsSettings settings, DateOnly? lastDay, CancellationToken cancellationToken)
    {
        var ledger = Ledger.RevenueLedgerCalculator.Build(await reader.RevenueEntriesAsync(settings.Currency, cancellationToken), settings.ExchangeRates);
        var before = lastDay?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MaxValue;
        return PredictedClvCalculator.Purchases(ledger.Lines.Where(l => l.At < before)).ToList();
    }
}
