namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>One row of the field-mapping editor: a profile trait and the destination's field it is sent as.</summary>
public sealed class MappingRow
{
    public string? Trait { get; set; }

    public string? Field { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Trait) && string.IsNullOrWhiteSpace(Field);

    public static MappingRow Of(FieldMappingDto mapping) => new() { Trait = mapping.Trait, Field = mapping.Field };

    public FieldMappingDto ToDto() => new(Trait?.Trim() ?? "", Field?.Trim() ?? "");
}
