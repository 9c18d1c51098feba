namespace Lodestar.Portal.Client.Features.Privacy.Deletions;

/// <param name="Added">False when the identifier was on the list already.</param>
public sealed record SuppressedHintDto(string Type, string Hint, bool Added);
