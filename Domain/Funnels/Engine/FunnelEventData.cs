namespace Lodestar.Domain.Funnels.Engine;

/// <summary>What the loader reads of a stored event (a class with init properties: EF Core projects into it).</summary>
internal sealed class FunnelEventData
{
    public long ProfileId { get; init; }

    public DateTime Timestamp { get; init; }

    public long EventId { get; init; }

    public string? Breakdown { get; init; }

    public string? Hold1 { get; init; }

    public string? Hold2 { get; init; }

    public string? Hold3 { get; init; }

    public double? Value { get; init; }
}
