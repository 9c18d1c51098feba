namespace Lodestar.Domain.Economics.Reports;

/// <summary>
/// P(alive) against orders to date, as counted points: a hundred thousand customers are a few hundred distinct
/// (orders, P(alive) to 0.05) pairs, which a chart can draw with the count as the marker size.
/// </summary>
public static class AliveScatterCalculator
{
    public const double Step = 0.05;

    public static IReadOnlyList<AlivePoint> Points(IEnumerable<(int Orders, double ProbabilityAlive)> customers) =>
        customers
            .GroupBy(c => (c.Orders, Bucket: (int)Math.Round(Math.Clamp(c.ProbabilityAlive, 0, 1) / Step, MidpointRounding.AwayFromZero)))
            .Select(g => new AlivePoint(g.Key.Orders, Math.Round(g.Key.Bucket * Step, 2), g.Count()))
            .OrderBy(p => p.Orders).ThenBy(p => p.ProbabilityAlive)
            .ToList();
}
