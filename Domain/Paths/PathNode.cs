namespace Lodestar.Domain.Paths;

/// <param name="Id">Its index in <see cref="PathResult.Nodes"/>.</param>
/// <param name="Depth">Steps from the chosen event (0): 1, 2, … after it, −1, −2, … before it.</param>
/// <param name="People">People whose path passes here.</param>
/// <param name="IsOther">The events of this step outside its top N.</param>
public sealed record PathNode(int Id, string Label, int Depth, long People, bool IsOther);
