namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// One setting of a destination type, as the configuration form shows it. Secret fields are stored encrypted and
/// never returned: the form shows that a value is set, and an empty value on save keeps it.
/// </summary>
public sealed record DestinationSettingField(
    string Key,
    string Label,
    bool Required = false,
    bool Secret = false,
    string? Help = null,
    string? DefaultValue = null,
    IReadOnlyList<string>? Choices = null);
