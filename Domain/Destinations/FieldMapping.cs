namespace Lodestar.Domain.Destinations;

/// <summary>One trait of the profile (<see cref="Trait"/>) sent under the destination's field name (<see cref="Field"/>).</summary>
public sealed record FieldMapping(string Trait, string Field);
