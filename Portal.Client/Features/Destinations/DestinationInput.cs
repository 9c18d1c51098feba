namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// Create or update a destination. <see cref="Secrets"/>: a key with a value sets it, a key with an empty value clears
/// it, a missing key keeps what is stored. The type cannot change after creation.
/// </summary>
public sealed record DestinationInput(
    string Name,
    string Type,
    bool Enabled,
    IReadOnlyDictionary<string, string>? Settings,
    IReadOnlyDictionary<string, string>? Secrets,
    string? RequiredConsentCategory,
    int? BatchSize,
    double? RequestsPerSecond);
