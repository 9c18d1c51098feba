using Lodestar.Jobs;
using Lodestar.Portal.Client.Infrastructure;
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
        jobs.MapGet("/{jobId}", GetAsync).WithSummary("A job's state: Enqueued, Processing, Succeeded or Failed, with progress.");
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

    private static async Task<Results<Ok<JobStateResponse>, ProblemHttpResult>> GetAsync(
        string jobId, JobStatusReader reader, CancellationToken cancellationToken)
    {
        var status = await reader.FindAsync(jobId, cancellationToken);
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
