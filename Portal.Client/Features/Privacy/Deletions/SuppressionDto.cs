namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <param name="Hint">The identifier masked; only its SHA-256 is stored.</param>
public sealed record SuppressionDto(long Id, string IdentifierType, string Hint, long? DeletionRequestId, DateTime CreatedAt, string CreatedBy);
