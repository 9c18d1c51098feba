using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments;

/// <summary>What a person saves: a dynamic segment's name, description, rule and refresh interval.</summary>
public sealed record SegmentDraft(string? Name, string? Description, RuleGroup? Rule, int RefreshMinutes);
