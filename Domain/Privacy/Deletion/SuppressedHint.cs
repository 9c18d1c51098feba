namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>An identifier an erasure put on the suppression list, masked; <see cref="Added"/> false when it was on it already.</summary>
public sealed record SuppressedHint(string Type, string Hint, bool Added);
