namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>A profile trait's current value: one JSON value as stored (<c>"pro"</c>, <c>34</c>, <c>true</c>, an object).</summary>
public sealed record TraitFact(long ProfileId, string Key, string Value);
