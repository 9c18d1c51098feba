namespace Lodestar.Domain.Insights;

public static class InsightLimits
{
    public const int NameLength = 200;

    /// <summary>A 20-step funnel with filters fits many times over.</summary>
    public const int QueryLength = 64 * 1024;

    public const int MaxPerOwner = 200;
}
