namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>A CRM contact that resolved into one side of a suggestion: its id and the id in the system it came from.</summary>
public sealed record DuplicateContact(long ContactId, string? ExternalId, string Name);
