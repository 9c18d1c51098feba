namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>One setting of a destination type; secret ones are write-only (the form shows only whether one is set).</summary>
public sealed record DestinationSettingFieldDto(
    string Key,
    string Label,
    bool Required,
    bool Secret,
    string? Help,
    string? DefaultValue,
    IReadOnlyList<string>? Choices);
