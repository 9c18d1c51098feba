using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lodestar.Portal.Infrastructure;

internal sealed class DatabaseHealthCheck(IDbContextFactory<PortalDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Provider} is reachable.")
                : HealthCheckResult.Unhealthy($"{db.Provider} is not reachable.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", ex);
        }
    }
}
