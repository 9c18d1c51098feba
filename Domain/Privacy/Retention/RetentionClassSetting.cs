namespace Lodestar.Domain.Privacy.Retention;

/// <summary>One data class and its limit: keep <see cref="Days"/> days, or forever when null.</summary>
public sealed record RetentionClassSetting(string Class, string Name, string Description, int? Days);
