using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/destinations</c>: destinations, connected segments, preview, sync, runs and ledgers (Admin, Marketer).</summary>
public static class DestinationEndpoints
{
    public static RouteGroupBuilder MapDestinationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/destinations").WithTags("Destinations").RequireAuthorization(PortalPolicies.ViewDestinations);
        group.MapGet("/types", async (IDestinationsApi d, CancellationToken ct) => TypedResults.Ok(await d.GetTypesAsync(ct)))
            .WithSummary("The destination types and the settings each takes (secret ones are write-only).");
        group.MapGet("/", async (IDestinationsApi d, CancellationToken ct) => TypedResults.Ok(await d.ListAsync(ct)))
            .WithSummary("Every destination with its state (enabled, paused by the circuit breaker) and last run.");
        group.MapGet("/{id:long}", async (long id, IDestinationsApi d, CancellationToken ct) => TypedResults.Ok(await d.GetAsync(id, ct)))
            .WithSummary("A destination: settings, which secrets are set (never their values), connected segments.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async (DestinationInput body, IDestinationsApi d, CancellationToken ct) =>
            {
                var created = await d.CreateAsync(body, ct);
                return TypedResults.Created($"/api/destinations/{created.Id}", created);
            })
            .WithSummary("Adds a destination: { name, type, enabled, settings: {…}, secrets: {…}, requiredConsentCategory, batchSize, requestsPerSecond }.")
            .ProducesValidationProblem();
        group.MapPut("/{id:long}", async (long id, DestinationInput body, IDestinationsApi d, CancellationToken ct) => TypedResults.Ok(await d.UpdateAsync(id, body, ct)))
            .WithSummary("Changes a destination; a secret left out is kept, an empty one is cleared.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:long}", async (long id, IDestinationsApi d, CancellationToken ct) =>
            {
                await d.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes a destination with its connections and history.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:long}/test", async (long id, IDestinationsApi d, CancellationToken ct) => TypedResults.Ok(await d.TestAsync(id, ct)))
            .WithSummary("Checks the saved settings against the destination; no member data is sent.");
        group.MapPost("/{id:long}/resume", async (long id, IDestinationsApi d, CancellationToken ct) => TypedResults.Ok(await d.ResumeAsync(id, ct)))
            .WithSummary("Resumes a destination the circuit breaker paused.");
        MapConnections(group);
        MapSyncs(group);
        return api;
    }

    private static void MapConnections(RouteGroupBuilder group)
    {
        group.MapPost("/{id:long}/connections", async (long id, ConnectionInput body, IDestinationsApi d, CancellationToken ct) =>
                TypedResults.Ok(await d.ConnectAsync(id, body, ct)))
            .WithSummary("Connects a segment: { segmentId, mapping: [{ trait, field }], scheduleMinutes (0 = on demand), enabled }.")
            .ProducesValidationProblem();
        group.MapPut("/{id:long}/connections/{connectionId:long}", async (long id, long connectionId, ConnectionInput body, IDestinationsApi d, CancellationToken ct) =>
                TypedResults.Ok(await d.UpdateConnectionAsync(id, connectionId, body, ct)))
            .WithSummary("Changes a connection's mapping, schedule or enabled state.")
            .ProducesValidationProblem();
        group.MapDelete("/{id:long}/connections/{connectionId:long}", async (long id, long connectionId, IDestinationsApi d, CancellationToken ct) =>
            {
                await d.DisconnectAsync(id, connectionId, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Disconnects a segment; what the destination holds stays there.");
        group.MapGet("/{id:long}/preview", async (long id, long connectionId, IDestinationsApi d, CancellationToken ct) =>
                TypedResults.Ok(await d.PreviewAsync(id, connectionId, ct)))
            .WithSummary("What the next sync of a connection would send: adds, removes, members without consent, a sample.");
    }

    private static void MapSyncs(RouteGroupBuilder group)
    {
        group.MapPost("/{id:long}/sync", async (long id, long? connectionId, IDestinationsApi d, CancellationToken ct) =>
                TypedResults.Accepted("/api/jobs", await d.SyncAsync(id, connectionId, ct)))
            .WithSummary("Starts a sync of every enabled connection (or ?connectionId=) → 202 { jobId }; follow it at /api/jobs/{jobId}.");
        group.MapGet("/{id:long}/runs", async (long id, int? skip, int? take, IDestinationsApi d, CancellationToken ct) =>
                TypedResults.Ok(await d.RunsAsync(id, skip ?? 0, take ?? 20, ct)))
            .WithSummary("The destination's runs, newest first: status, counts sent / failed / skipped, times, error.");
        group.MapGet("/{id:long}/runs/{runId:long}/ledger", async (long id, long runId, string? status, int? skip, int? take, IDestinationsApi d, CancellationToken ct) =>
                TypedResults.Ok(await d.LedgerAsync(id, runId, status, skip ?? 0, take ?? 50, ct)))
            .WithSummary("A run's records: what was sent (payload), when, and the outcome; ?status=Pending|Sent|Failed|Skipped.");
        group.MapPost("/{id:long}/runs/{runId:long}/replay", async (long id, long runId, IDestinationsApi d, CancellationToken ct) =>
                TypedResults.Accepted("/api/jobs", await d.ReplayAsync(id, runId, ct)))
            .WithSummary("Sends what a run sent again, exactly, in a new run → 202 { jobId }.");
    }
}
