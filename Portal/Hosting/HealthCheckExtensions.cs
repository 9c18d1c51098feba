using System.Text.Json;
using Lodestar.Portal.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Lodestar.Portal.Hosting;

public static class HealthCheckExtensions
{
    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<JobServerHealthCheck>("jobs");
        return services;
    }

    /// <summary><c>GET /health</c>: 200 when the app, its database and its job server are up, else 503; JSON either way.</summary>
    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
                }, JsonSerializerOptions.Web));
            },
        }).AllowAnonymous();
        return app;
    }
}
