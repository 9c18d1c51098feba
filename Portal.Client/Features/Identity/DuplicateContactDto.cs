namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>A CRM contact on one side of a suggestion: its id, and <c>externalId</c> (its id in the system it came from).</summary>
public sealed record DuplicateContactDto(long ContactId, string? ExternalId, string Name);
