namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>A profile trait sent under the destination's field name.</summary>
public sealed record FieldMappingDto(string Trait, string Field);
