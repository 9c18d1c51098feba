namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>A trait's current value (JSON) and the message that last set it.</summary>
public sealed record ProfileTraitDto(string Key, string Value, DateTime UpdatedAt, string MessageId, long EventId);
