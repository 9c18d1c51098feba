namespace Lodestar.Domain.Demo;

/// <summary>A <c>/v1/batch</c> body of demo messages and how far through the people it reaches.</summary>
public sealed record DemoBatch(ReadOnlyMemory<byte> Body, int Messages, int PeopleDone);
