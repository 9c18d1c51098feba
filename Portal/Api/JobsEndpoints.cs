using Lodestar.Jobs;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestar.Portal.Api;

public static class JobsEndpoints
{
    public static RouteGroupBuilder MapJobsEndpoints(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").RequireAuthorization(PortalPolicies.RunJobs).WithTags("Jobs");
        jobs.MapGet("/", (JobCatalog catalog) => TypedResults.Ok(catalog.All.Select(j => new JobInfo(j.Name, j.Description))))
            .WithSummary("The jobs that can be run by name.");
        jobs.MapPost("/{name}/run", RunAsync).WithSummary("Enqueue a job; 202 with its id.");
        // Outside the admins' group: marketers follow the destination syncs they start (see FollowableBy).
        api.MapGet("/jobs/{jobId}", GetAsync).WithTags("Jobs")
            .WithSummary("A job's state: Enqueued, Processing, Succeeded or Failed, with progress (admins; destination syncs also their users).");
        return api;
    }

    private static async Task<Results<Accepted<JobRunResponse>, ProblemHttpResult>> RunAsync(
        string name, JobLauncher launcher, JobCatalog catalog, CancellationToken cancellationToken)
    {
        var jobId = await launcher.RunAsync(name, cancellationToken);
        if (jobId is null)
            return TypedResults.Problem(statusCode: 404, title: "No such job.",
                detail: $"There is no job named '{name}'. Jobs available: {string.Join(", ", catalog.All.Select(j => j.Name))}.");
        return TypedResults.Accepted($"/api/jobs/{jobId}", new JobRunResponse(jobId));
    }

    /// <summary>Besides admins, who may follow a job by its name: those who may start it from their own pages.</summary>
    private static readonly Dictionary<string, string> FollowableBy = new(StringComparer.OrdinalIgnoreCase)
    {
        [JobNames.DestinationSync] = PortalPolicies.ViewDestinations,
    };

    private static async Task<Results<Ok<JobStateResponse>, ProblemHttpResult, ForbidHttpResult>> GetAsync(
        string jobId, JobStatusReader reader, HttpContext http, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        var admin = (await authorization.AuthorizeAsync(http.User, PortalPolicies.RunJobs)).Succeeded;
        var status = await reader.FindAsync(jobId, cancellationToken);
        if (!admin && (status?.Name is not { } name || !FollowableBy.TryGetValue(name, out var policy)
                       || !(await authorization.AuthorizeAsync(http.User, policy)).Succeeded))
            return TypedResults.Forbid();
        if (status is null)
            return TypedResults.Problem(statusCode: 404, title: "No such job.", detail: $"There is no job with id '{jobId}'.");
        return TypedResults.Ok(new JobStateResponse(status.JobId, status.Name, status.State.ToString(), status.Progress,
            status.Message, status.Error, status.CreatedAt, status.StartedAt, status.FinishedAt));
    }

    public sealed record JobInfo(string Name, string Description);

    public sealed record JobRunResponse(string JobId);

    public sealed record JobStateResponse(
        string JobId, string? Name, string State, double Progress, string? Message, string? Error,
        DateTime? CreatedAt, DateTime? StartedAt, DateTime? FinishedAt);
}
