namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary>A data class: its key, what it holds, and how many days it is kept (null = forever).</summary>
public sealed record RetentionClassDto(string Class, string Name, string Description, int? Days);
