namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>A choice for a picker: the id as text (stage and segment ids are numbers, owner ids user ids) and its label.</summary>
public sealed record OptionDto(string Id, string Label);
