namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// Turns purchases into per-customer summaries the way the BG/NBD literature does (BTYD's elog → CBS): purchases on
/// the same UTC day are one purchase of their summed amount, because the model counts buying occasions, not order
/// lines; only customers whose first purchase is on or before the calibration end are modelled.
/// </summary>
public static class CustomerSummaryCalculator
{
    /// <param name="calibrationEnd">Last day of the calibration period, inclusive: T runs from the first purchase day to this day.</param>
    /// <param name="holdoutEnd">Last day (inclusive) of the holdout period that starts the day after calibration; null for none.</param>
    /// <returns>One summary per customer, ordered by key (ordinal).</returns>
    public static IReadOnlyList<CustomerSummary> Summarize(IEnumerable<ClvPurchase> purchases, DateOnly calibrationEnd, ClvTimeUnit unit,
        DateOnly? holdoutEnd = null)
    {
        ArgumentNullException.ThrowIfNull(purchases);
        if (holdoutEnd < calibrationEnd)
            throw new ArgumentOutOfRangeException(nameof(holdoutEnd), holdoutEnd, "The holdout ends after the calibration period.");
        var lastDay = holdoutEnd ?? calibrationEnd;
        var days = new Dictionary<string, SortedDictionary<DateOnly, long>>(StringComparer.Ordinal);
        foreach (var purchase in purchases)
        {
            var day = DateOnly.FromDateTime(purchase.Timestamp);
            if (day > lastDay)
                continue;
            if (!days.TryGetValue(purchase.CustomerKey, out var byDay))
                days[purchase.CustomerKey] = byDay = [];
            byDay[day] = byDay.GetValueOrDefault(day) + purchase.Amount;
        }

        var daysPerUnit = ClvTimeUnits.DaysPer(unit);
        var summaries = new List<CustomerSummary>(days.Count);
        foreach (var (key, byDay) in days.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var first = byDay.Keys.First();
            if (first > calibrationEnd)
                continue;
            int x = 0, holdoutX = 0;
            long repeatAmount = 0, holdoutAmount = 0;
            var last = first;
            foreach (var (day, amount) in byDay.Skip(1))
            {
                if (day <= calibrationEnd)
                    (x, repeatAmount, last) = (x + 1, repeatAmount + amount, day);
                else
                    (holdoutX, holdoutAmount) = (holdoutX + 1, holdoutAmount + amount);
            }

            summaries.Add(new CustomerSummary(key, first, x, (last.DayNumber - first.DayNumber) / daysPerUnit,
                (calibrationEnd.DayNumber - first.DayNumber) / daysPerUnit, x == 0 ? 0 : (double)repeatAmount / x, holdoutX, holdoutAmount));
        }

        return summaries;
    }
}
