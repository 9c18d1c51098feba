using System.Globalization;
using Lodestar.Domain.Economics.Results;
using Lodestar.Domain.Money;

namespace Lodestar.Domain.Economics;

/// <summary>
/// The predicted-CLV figures as profile traits, so segment rules test them like any trait
/// (<c>predicted_clv &gt; 100</c>): CLV in major units of the workspace currency, P(alive) and expected purchases
/// in the next 52 weeks. They carry no message (event 0, message id <see cref="MessageId"/>); identity resolution
/// keeps them on the profiles it touches, a rebuild drops them until the next economics run.
/// </summary>
public static class PredictedTraits
{
    public const string PredictedClv = "predicted_clv";
    public const string ProbabilityAlive = "p_alive";
    public const string ExpectedPurchases = "expected_purchases_52w";
    public const string MessageId = "economics";

    public static readonly string[] Keys = [PredictedClv, ProbabilityAlive, ExpectedPurchases];

    /// <returns>(profile, key, JSON value) for the customers with a prediction.</returns>
    public static IEnumerable<(long ProfileId, string Key, string Value)> Of(IEnumerable<CustomerEconomics> customers, string currency)
    {
        foreach (var c in customers)
        {
            if (c.PredictedClv is not { } clv || c.ProbabilityAlive is not { } alive || c.ExpectedPurchases52Weeks is not { } expected)
                continue;
            yield return (c.ProfileId, PredictedClv, Currencies.ToMajor(clv, currency).ToString(CultureInfo.InvariantCulture));
            yield return (c.ProfileId, ProbabilityAlive, Math.Round(alive, 6).ToString("R", CultureInfo.InvariantCulture));
            yield return (c.ProfileId, ExpectedPurchases, Math.Round(expected, 4).ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
