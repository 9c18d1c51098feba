namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>A suppressed identifier as lists show it: the type, the masked hint, and where it came from.</summary>
public sealed record SuppressionEntry(long Id, string IdentifierType, string Hint, long? DeletionRequestId, DateTime CreatedAt, string CreatedBy);
