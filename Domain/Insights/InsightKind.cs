namespace Lodestar.Domain.Insights;

public enum InsightKind
{
    Funnel,
    Paths,
}
