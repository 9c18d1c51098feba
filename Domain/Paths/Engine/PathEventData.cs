namespace Lodestar.Domain.Paths.Engine;

/// <summary>What the loader reads of a stored event (a class with init properties: EF Core projects into it).</summary>
internal sealed class PathEventData
{
    public long ProfileId { get; init; }

    public DateTime Timestamp { get; init; }

    public long EventId { get; init; }

    public required string Name { get; init; }
}
