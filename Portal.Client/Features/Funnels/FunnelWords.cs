namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>How the funnel's choices read in the builder's menus.</summary>
public static class FunnelWords
{
    public static string Of(FunnelWindowUnit unit) => unit switch
    {
        FunnelWindowUnit.Second => "seconds",
        FunnelWindowUnit.Minute => "minutes",
        FunnelWindowUnit.Hour => "hours",
        FunnelWindowUnit.Day => "days",
        FunnelWindowUnit.Week => "weeks",
        _ => "months (30 days)",
    };

    public static string Of(FunnelOrder order) => order switch
    {
        FunnelOrder.Ordered => "in this order",
        FunnelOrder.Strict => "in this order, nothing in between",
        _ => "in any order",
    };

    public static string Of(FunnelCounting counting) => counting switch
    {
        FunnelCounting.People => "unique people",
        _ => "every conversion",
    };

    public static string Of(FunnelAttribution attribution) => attribution switch
    {
        FunnelAttribution.FirstTouch => "first touch (step 1's value)",
        FunnelAttribution.LastTouch => "last touch (the furthest step's value)",
        _ => "one step's value",
    };

    /// <summary>What the counts count, for axis titles and hover text.</summary>
    public static string Counted(FunnelCounting counting) => counting == FunnelCounting.People ? "people" : "conversions";
}
