namespace Lodestar.Domain.Paths;

/// <summary>People who went from one node to the next, always from the earlier event to the later one.</summary>
public sealed record PathLink(int Source, int Target, long Count);
