namespace Lodestar.Domain.Privacy.Pii;

/// <summary>A rule as a person typed it, before it is checked.</summary>
public sealed record PiiRuleInput(string? Path, string? Action);
