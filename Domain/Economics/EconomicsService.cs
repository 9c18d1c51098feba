using System.Diagnostics;
using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Economics.Cohorts;
using Lodestar.Domain.Economics.Ledger;
using Lodestar.Domain.Economics.Results;
using Lodestar.Domain.Economics.Settings;
using Lodestar.Domain.Operations;

namespace Lodestar.Domain.Economics;

/// <summary>
/// Recomputes all unit economics from the stored events, deals and imports (so a run is idempotent and never depends
/// on the previous one): ledger, customers, acquisition channels, cohorts and the predicted CLV, then stores them.
/// </summary>
public sealed class EconomicsService(EconomicsSettingsService settingsService, EconomicsInputReader reader, EconomicsResultWriter writer, TimeProvider time)
{
    public async Task<EconomicsRunResult> RunAsync(IJobProgress? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var now = time.GetUtcNow().UtcDateTime;
        var settings = await settingsService.GetAsync(cancellationToken);
        await Report(progress, 0.05, "Reading orders, refunds, won deals and imported transactions", cancellationToken);
        var ledger = RevenueLedgerCalculator.Build(await reader.RevenueEntriesAsync(settings.Currency, cancellationToken), settings.ExchangeRates);
        var customers = CustomerRevenueCalculator.Summarize(ledger.Lines);
        var firstPurchase = customers.ToDictionary(c => c.ProfileId, c => c.FirstPurchaseAt);

        await Report(progress, 0.3, $"Attributing {customers.Count:N0} customers to channels", cancellationToken);
        var touches = new List<Touch>();
        await foreach (var touch in reader.TouchesAsync(cancellationToken))
            if (firstPurchase.TryGetValue(touch.ProfileId, out var bought) && touch.At <= bought)
                touches.Add(touch);
        var channels = AttributionCalculator.Assign(firstPurchase, touches, settings.Attribution, settings.Mapping);
        var cells = CohortCalculator.Cells(customers, channels, CustomerRevenue.MonthOf(now));
        var read = clock.Elapsed.TotalSeconds;

        await Report(progress, 0.6, "Fitting the predicted-CLV models", cancellationToken);
        var predictClock = Stopwatch.StartNew();
        var predicted = PredictedClvCalculator.Predict(ledger.Lines, DateOnly.FromDateTime(now), settings.Currency, out var fit);
        var predict = predictClock.Elapsed.TotalSeconds - fit;

        await Report(progress, 0.8, "Storing the results", cancellationToken);
        var writeClock = Stopwatch.StartNew();
        var rows = customers.Select(c => Row(c, channels[c.ProfileId], predicted)).ToList();
        var snapshot = new EconomicsSnapshot
        {
            ComputedAt = now, Currency = settings.Currency, Attribution = settings.Attribution.ToString(), Customers = customers.Count,
            Revenue = customers.Sum(c => c.Revenue), DuplicateOrders = ledger.DuplicateOrders, UnconvertedEntries = ledger.Unconverted,
            MissingCurrencies = Truncate(string.Join(",", ledger.MissingCurrencies), 400), ClvModel = StoredClvModel.Of(predicted)?.ToJson(),
        };
        snapshot.ElapsedSeconds = clock.Elapsed.TotalSeconds;
        await writer.WriteAsync(snapshot, rows, customers, cells, cancellationToken);
        await Report(progress, 1, $"{customers.Count:N0} customers, {cells.Count:N0} cohort cells", cancellationToken);
        return new EconomicsRunResult(snapshot, touches.Count, read, fit, predict, writeClock.Elapsed.TotalSeconds);
    }

    private static CustomerEconomics Row(CustomerRevenue c, string channel, PredictedClv predicted)
    {
        var row = new CustomerEconomics
        {
            ProfileId = c.ProfileId, FirstPurchaseAt = c.FirstPurchaseAt, LastPurchaseAt = c.LastPurchaseAt, CohortMonth = c.CohortMonth,
            Channel = channel, Orders = c.Orders, Revenue = c.Revenue,
        };
        if (predicted.Customers.TryGetValue(c.ProfileId, out var p))
            (row.PredictedClv, row.ProbabilityAlive, row.ExpectedPurchases52Weeks) = (p.Clv, p.ProbabilityAlive, p.ExpectedPurchases52Weeks);
        return row;
    }

    // Events can name any text as their currency; the column keeps the first few hundred characters of the list.
    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static Task Report(IJobProgress? progress, double fraction, string message, CancellationToken cancellationToken) =>
        progress?.ReportAsync(fraction, message, cancellationToken) ?? Task.CompletedTask;
}
