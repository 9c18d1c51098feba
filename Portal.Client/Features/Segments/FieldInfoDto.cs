namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>A trait or an event property path and the type its values mostly have.</summary>
public sealed record FieldInfoDto(string Name, string Type);
