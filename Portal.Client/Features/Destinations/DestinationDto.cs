namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// A destination with its plain settings and the keys of the secrets that are set (never their values), its
/// circuit-breaker state and its connected segments; an event stream's position (the last stored event id it has passed).
/// </summary>
public sealed record DestinationDto(
    long Id,
    string Name,
    string Type,
    bool Enabled,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SecretsSet,
    string? RequiredConsentCategory,
    int BatchSize,
    double? RequestsPerSecond,
    int ConsecutiveFailures,
    DateTime? PausedAt,
    string? PausedReason,
    IReadOnlyList<DestinationConnectionDto> Connections,
    DateTime UpdatedAt,
    string UpdatedBy,
    long? StreamPosition = null);
