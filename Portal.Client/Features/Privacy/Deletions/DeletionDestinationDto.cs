namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <param name="Status">requested, done, failed or not-supported.</param>
public sealed record DeletionDestinationDto(long DestinationId, string Name, string Type, string Status, int Profiles, string? Response, DateTime? At);
