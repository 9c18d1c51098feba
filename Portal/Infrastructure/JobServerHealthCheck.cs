using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lodestar.Portal.Infrastructure;

/// <summary>Healthy when at least one job server has reported in within the last minute.</summary>
internal sealed class JobServerHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var servers = storage.GetMonitoringApi().Servers();
        var now = time.GetUtcNow().UtcDateTime;
        var alive = servers.Count(s => s.Heartbeat is { } beat && now - beat < TimeSpan.FromMinutes(1));
        return Task.FromResult(alive > 0
            ? HealthCheckResult.Healthy($"{alive} job server(s) running.")
            : HealthCheckResult.Unhealthy("No job server is running."));
    }
}
