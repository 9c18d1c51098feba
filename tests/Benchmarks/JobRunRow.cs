namespace Lodestar.Benchmarks;

/// <summary>One row of the JobRuns table, as the benchmarks read it.</summary>
public sealed record JobRunRow(string State, DateTime? StartedAt, DateTime? FinishedAt, string? Error, string? Message);
