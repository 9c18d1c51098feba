namespace Lodestar.Benchmarks;

/// <summary>What one phase of the HTTP load produced.</summary>
public sealed record LoadPhaseResult(
    TimeSpan Elapsed,
    long Requests,
    long OkRequests,
    long MessagesAcknowledged,
    long NonOkResponses,
    long Failures,
    bool RanOutOfBodies,
    LatencyStats Latency,
    string? FirstProblem)
{
    public double MessagesPerSecond => MessagesAcknowledged / Elapsed.TotalSeconds;

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}
