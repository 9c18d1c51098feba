namespace Lodestar.Domain;

/// <summary>The record asked for does not exist (or no longer does).</summary>
public sealed class NotFoundException(string message) : Exception(message);
