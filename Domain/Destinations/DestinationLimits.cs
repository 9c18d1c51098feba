namespace Lodestar.Domain.Destinations;

public static class DestinationLimits
{
    public const int NameLength = 100;

    public const int ErrorLength = 2000;

    public const int MaxBatchSize = 10_000;

    public const int MaxMappings = 50;
}
