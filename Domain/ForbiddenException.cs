namespace Lodestar.Domain;

/// <summary>The record exists, but the person asking may not do this to it (it is someone else's).</summary>
public sealed class ForbiddenException(string message) : Exception(message);
