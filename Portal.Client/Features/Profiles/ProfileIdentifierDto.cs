namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>An identifier of a profile (normalised) and the event it was first seen on.</summary>
public sealed record ProfileIdentifierDto(string Type, string Value, DateTime FirstSeenAt, long FirstEventId);
