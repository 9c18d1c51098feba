namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// What the builder offers, from the data: trait names with their most common type ("string", "number", "boolean",
/// "date"), event names (most frequent first), deal stages, CRM owners, the other segments and the consent categories.
/// </summary>
public sealed record SegmentSchemaDto(
    IReadOnlyList<FieldInfoDto> Traits,
    IReadOnlyList<string> Events,
    IReadOnlyList<OptionDto> Stages,
    IReadOnlyList<OptionDto> Owners,
    IReadOnlyList<OptionDto> Segments,
    IReadOnlyList<string>? ConsentCategories = null);
