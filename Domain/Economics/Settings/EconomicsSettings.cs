using Lodestar.Domain.Economics.Attribution;
using Lodestar.Domain.Economics.Ledger;

namespace Lodestar.Domain.Economics.Settings;

/// <summary>
/// How a workspace counts its money and its customers' origins: the currency every amount is converted into, the
/// rate table, the attribution model and the channel mapping (rules in order, then the workspace's own domains, whose
/// referrals are navigation rather than acquisition).
/// </summary>
public sealed record EconomicsSettings(string Currency, AttributionModel Attribution, IReadOnlyList<ChannelRule> ChannelRules,
    IReadOnlyList<string> OwnDomains, IReadOnlyDictionary<string, decimal> Rates)
{
    public const string DefaultCurrency = "USD";

    public static EconomicsSettings Default { get; } =
        new(DefaultCurrency, AttributionModel.FirstTouch, DefaultChannelRules.All, [], new Dictionary<string, decimal>());

    public ExchangeRates ExchangeRates => new(Currency, Rates);

    public ChannelMapping Mapping => new(ChannelRules, OwnDomains);
}
