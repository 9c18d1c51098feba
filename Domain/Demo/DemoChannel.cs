namespace Lodestar.Domain.Demo;

/// <summary>
/// An acquisition channel of the demo workspace and how its people behave, so that channels differ the way real
/// ones do (paid social brings many visitors who rarely buy, referrals few who buy more).
/// </summary>
public sealed record DemoChannel(
    string Name,
    double Share,
    string? UtmSource,
    string? UtmMedium,
    string[] Campaigns,
    string? Referrer,
    double SignupRate,
    double PurchaseRate,
    long MeanOrderCents);
