namespace Lodestar.Portal.Infrastructure;

/// <summary>Requests answered with JSON (problem details, 401 instead of a login redirect) rather than pages.</summary>
public static class ApiPaths
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/v1")
        || context.Request.Path.StartsWithSegments("/health");
}
