namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>People who went from node <see cref="Source"/> to node <see cref="Target"/> (earlier event to later).</summary>
public sealed record PathLinkDto(int Source, int Target, long Count);
