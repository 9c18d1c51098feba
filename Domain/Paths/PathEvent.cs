namespace Lodestar.Domain.Paths;

/// <summary>One stored event of a person as paths see it; <see cref="IsAnchor"/> when it is the chosen event (filters passed).</summary>
public readonly record struct PathEvent(long ProfileId, DateTime Timestamp, long EventId, string Name, bool IsAnchor);
