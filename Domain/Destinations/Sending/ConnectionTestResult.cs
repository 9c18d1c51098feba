namespace Lodestar.Domain.Destinations.Sending;

/// <summary>The answer of "Test connection": whether the destination answered as expected, and what it said.</summary>
public sealed record ConnectionTestResult(bool Ok, string Message);
