namespace Lodestar.Domain.Funnels;

public sealed record FunnelBreakdownGroup(string Value, bool IsOther, bool IsNone, IReadOnlyList<FunnelStepResult> Steps)
{
    public const string OtherLabel = "Other";
    public const string NoneLabel = "(none)";
}
