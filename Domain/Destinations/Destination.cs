namespace Lodestar.Domain.Destinations;

/// <summary>
/// A configured system that audiences (through <see cref="DestinationConnection"/>s) or events are sent to.
/// <see cref="Settings"/> holds the type's plain settings as JSON; <see cref="ProtectedSecrets"/> its secrets, encrypted
/// with ASP.NET Data Protection, never returned by the API.
/// </summary>
public class Destination
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public DestinationType Type { get; set; }

    public bool Enabled { get; set; }

    public required string Settings { get; set; }

    public string? ProtectedSecrets { get; set; }

    /// <summary>Members without this consent category granted are never sent (and are removed when they withdraw it).</summary>
    public string? RequiredConsentCategory { get; set; }

    public int BatchSize { get; set; }

    /// <summary>Most requests per second to this destination; null for no limit.</summary>
    public double? RequestsPerSecond { get; set; }

    /// <summary>Runs that failed in a row; the circuit breaker pauses the destination when it reaches its threshold.</summary>
    public int ConsecutiveFailures { get; set; }

    public DateTime? PausedAt { get; set; }

    public string? PausedReason { get; set; }

    /// <summary>For event streams: the last event id forwarded (or skipped by the filters).</summary>
    public long? StreamPosition { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
