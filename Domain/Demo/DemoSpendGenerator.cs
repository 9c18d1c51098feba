using System.Globalization;
using Lodestar.Domain.Economics.Spend;

namespace Lodestar.Domain.Demo;

/// <summary>
/// The demo shop's marketing spend: one row per paid channel, campaign and month over the demo's year, so the
/// economics dashboard has CAC and LTV:CAC to show. The budget follows the visitors each channel brings (the
/// generator's shares) at a cost per visitor in proportion to what the channel typically costs, ±15% month to month.
/// The level is set so paid channels come out at an LTV:CAC of a few times for the demo's loyal, frequent buyers
/// (a plausible dashboard), not at a real market's cost per click.
/// </summary>
public static class DemoSpendGenerator
{
    /// <summary>USD per visitor the channel brings; channels missing here cost nothing (organic, direct).</summary>
    private static readonly Dictionary<string, double> CostPerVisitor = new(StringComparer.Ordinal)
    {
        ["Paid Search"] = 120.0,
        ["Paid Social"] = 90.0,
        ["Email"] = 15.0,
        ["Referral"] = 50.0,
    };

    public static IReadOnlyList<SpendDraft> Generate(int people, int seed, DateTime anchor)
    {
        var rng = new Random(seed ^ 0x5bd1e995);
        var last = new DateOnly(anchor.Year, anchor.Month, 1);
        var rows = new List<SpendDraft>();
        for (var month = last.AddMonths(-12); month <= last; month = month.AddMonths(1))
        {
            foreach (var channel in DemoCatalog.Channels.Where(c => CostPerVisitor.ContainsKey(c.Name)))
            {
                var monthly = people * channel.Share * CostPerVisitor[channel.Name] / 12;
                foreach (var campaign in channel.Campaigns)
                {
                    var cost = Math.Round(monthly / channel.Campaigns.Length * (0.85 + 0.3 * rng.NextDouble()), 2);
                    rows.Add(new SpendDraft(month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), channel.Name, campaign,
                        cost.ToString("0.00", CultureInfo.InvariantCulture), "USD"));
                }
            }
        }

        return rows;
    }
}
