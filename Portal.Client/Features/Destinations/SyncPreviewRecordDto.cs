namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>A member the next sync would add or remove, with its identifiers and the fields that would be sent.</summary>
public sealed record SyncPreviewRecordDto(
    long ProfileId,
    string Action,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Identifiers,
    IReadOnlyDictionary<string, string?> Fields);
