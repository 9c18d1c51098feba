namespace Lodestar.Domain.Identity.Matching;

/// <summary>The fitted levels of one field comparison, best level first.</summary>
public sealed record FieldParameters(string Field, IReadOnlyList<LevelParameters> Levels);
