namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>A destination that holds (or held) the person, and what became of the request to delete them there.</summary>
/// <param name="Status">requested, done, failed or not-supported (see <see cref="DestinationDeletionStatus"/>).</param>
/// <param name="Response">The destination's answer, or why nothing was sent.</param>
public sealed record DeletionDestinationLine(long DestinationId, string Name, string Type, string Status, int Profiles, string? Response, DateTime? At);
