using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Portal.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestar.Portal.Tracking;

/// <summary>
/// The Segment-compatible tracking API: <c>POST /v1/identify|track|page|screen|group|alias|batch|import</c>.
/// 200 <c>{"success":true}</c> means every message of the request is committed.
/// </summary>
public static class TrackingEndpoints
{
    public const string CorsPolicy = "tracking";

    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").RequireCors(CorsPolicy).AllowAnonymous().DisableAntiforgery().WithTags("Tracking API");
        foreach (var route in Enum.GetValues<TrackingRoute>())
        {
            v1.MapPost("/" + route.ToString().ToLowerInvariant(),
                    (HttpContext context, IngestionService ingestion) => HandleAsync(context, route, ingestion))
                .WithName("Tracking" + route)
                .WithSummary($"Accept Segment {route.ToString().ToLowerInvariant()} messages (write key as Basic user or 'writeKey').")
                .Produces<TrackingResponse>()
                .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(503);
        }

        return app;
    }

    private static async Task<Results<Ok<TrackingResponse>, ProblemHttpResult>> HandleAsync(
        HttpContext context, TrackingRoute route, IngestionService ingestion)
    {
        var limit = route is TrackingRoute.Batch or TrackingRoute.Import ? EventLimits.MaxBatchBytes : EventLimits.MaxMessageBytes;
        using var body = await TrackingBody.ReadAsync(context.Request, limit, context.RequestAborted);
        switch (body.Error)
        {
            case TrackingBodyError.TooLarge:
                return Problem(413, $"The request body is larger than {limit / 1024} KB, the limit for /v1/{route.ToString().ToLowerInvariant()}.");
            case TrackingBodyError.UnsupportedEncoding:
                return Problem(400, "Content-Encoding must be gzip, deflate or absent.");
            case TrackingBodyError.BadCompression:
                return Problem(400, "The body is not valid gzip/deflate data although Content-Encoding says so.");
        }

        var ip = ClientOrigin.Address(context.Connection.RemoteIpAddress);
        var request = new TrackingRequest(route, body.Memory, WriteKeyHeader.Read(context.Request.Headers.Authorization), ip);
        var result = await ingestion.IngestAsync(request, context.RequestAborted);
        switch (result.Error)
        {
            case IngestionError.None:
                return TypedResults.Ok(TrackingResponse.Accepted);
            case IngestionError.Unauthorized:
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"Lodestar tracking API\"";
                return Problem(401, result.Message!);
            case IngestionError.Unavailable:
                context.Response.Headers.RetryAfter = "1";
                return Problem(503, result.Message!);
            default:
                return Problem(result.Error switch
                {
                    IngestionError.TooLarge => 413,
                    IngestionError.SourceDisabled => 403,
                    _ => 400,
                }, result.Message!);
        }
    }

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);
}
