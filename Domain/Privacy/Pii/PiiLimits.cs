namespace Lodestar.Domain.Privacy.Pii;

public static class PiiLimits
{
    public const int MaxRules = 100;
    public const int PathLength = 256;
    public const int MaxSegments = 12;
}
