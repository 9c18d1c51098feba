namespace Lodestar.Domain.Destinations;

/// <summary>
/// A destination as a person enters it. Secrets: a key with a value sets it, with an empty value clears it, missing
/// keeps what is stored.
/// </summary>
public sealed record DestinationDraft(
    string? Name,
    string? Type,
    bool Enabled,
    IReadOnlyDictionary<string, string>? Settings,
    IReadOnlyDictionary<string, string>? Secrets,
    string? RequiredConsentCategory,
    int? BatchSize,
    double? RequestsPerSecond);
