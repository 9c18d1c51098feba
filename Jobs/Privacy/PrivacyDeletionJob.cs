using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Privacy;

/// <summary>
/// privacy-deletion: processes one deletion request (filed through the API, enqueued with its id); the recurring run
/// enqueues any request that is still waiting (its job lost with an in-memory job store) or whose run stopped. Safe to
/// run twice: a completed request is left alone, an interrupted one continues from its plan; one run per request at a time.
/// </summary>
public sealed class PrivacyDeletionJob(DeletionService deletions, DeletionRequestService requests, JobLauncher launcher, JobRunRecorder recorder)
{
    /// <summary>A running request untouched this long is taken to have lost its run.</summary>
    private static readonly TimeSpan Stalled = TimeSpan.FromMinutes(15);

    [DisableConcurrentExecution("privacy-deletion:{0}", 60)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(long requestId, PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.PrivacyDeletion, context,
            progress => deletions.ProcessAsync(requestId, context?.BackgroundJob.Id, progress, cancellationToken), cancellationToken);

    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunPendingAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.PrivacyDeletion, context, async progress =>
        {
            var pending = await requests.PendingAsync(Stalled, cancellationToken);
            foreach (var id in pending)
                await Enqueue(launcher, id, cancellationToken);
            await progress.ReportAsync(1, pending.Count == 0 ? "No deletion request waiting" : $"{pending.Count:N0} deletion request(s) queued", cancellationToken);
        }, cancellationToken);

    /// <returns>The job id.</returns>
    public static Task<string> Enqueue(JobLauncher launcher, long requestId, CancellationToken cancellationToken) =>
        launcher.EnqueueAsync(JobNames.PrivacyDeletion,
            client => client.Enqueue<PrivacyDeletionJob>(job => job.RunAsync(requestId, null, CancellationToken.None)), cancellationToken);
}
