namespace Lodestar.Domain.Segments;

public static class SegmentLimits
{
    public const int NameLength = 120;
    public const int DescriptionLength = 1000;
    public const int MinRefreshMinutes = 15;
    public const int MaxRefreshMinutes = 10_080;
    public const int PreviewSample = 10;
    public const int MaxStaticIdentifiers = 200_000;
}
