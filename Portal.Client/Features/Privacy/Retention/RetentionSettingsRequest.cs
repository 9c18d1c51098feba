namespace Lodestar.Portal.Client.Features.Privacy.Retention;

/// <summary><c>{ "classes": [ { "class": "events", "days": 365 }, … ] }</c>; a class not listed is kept forever.</summary>
public sealed record RetentionSettingsRequest(IReadOnlyList<RetentionLimitDto?>? Classes);
