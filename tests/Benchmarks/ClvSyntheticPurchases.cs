using Lodestar.Domain.Economics.Clv;
using MathNet.Numerics.Distributions;

namespace Lodestar.Benchmarks;

/// <summary>
/// Purchases drawn from the BG/NBD and Gamma-Gamma processes themselves (deterministic seed), so a fit on them should
/// give the generating parameters back: customers first buy on a uniform day of a 12-month window, buy again at their
/// own Poisson rate (days), drop out after each repeat purchase with their own probability, and spend around their own
/// mean.
/// </summary>
public sealed class ClvSyntheticPurchases
{
    public static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public const int Days = 365;

    public ClvSyntheticPurchases(int customers, int seed)
    {
        var random = new Random(seed);
        for (var c = 0; c < customers; c++)
        {
            var key = "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rate = Gamma.Sample(random, Purchases.R, Purchases.Alpha);
            var dropout = Beta.Sample(random, Purchases.A, Purchases.B);
            var scale = Gamma.Sample(random, Spend.Q, Spend.Gamma);
            var t = random.NextDouble() * Days;
            Add(key, t, Gamma.Sample(random, Spend.P, scale));
            while (true)
            {
                t += -Math.Log(1 - random.NextDouble()) / rate;
                if (t >= Days)
                    break;
                Add(key, t, Gamma.Sample(random, Spend.P, scale));
                if (random.NextDouble() < dropout)
                    break;
            }
        }
    }

    /// <summary>The generating BG/NBD parameters, α in days.</summary>
    public static BgNbdParameters Purchases { get; } = new(0.6, 30, 0.8, 2.5);

    /// <summary>The generating Gamma-Gamma parameters, γ in dollars.</summary>
    public static GammaGammaParameters Spend { get; } = new(6, 4, 15);

    public static DateOnly CalibrationEnd => DateOnly.FromDateTime(Start.AddDays(Days - 1));

    public List<ClvPurchase> Items { get; } = [];

    private void Add(string key, double day, double dollars) =>
        Items.Add(new ClvPurchase(key, Start.AddDays(day), (long)Math.Round(dollars * 100)));
}
