using Hangfire;
using Hangfire.Server;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Identity.Duplicates;
using Lodestar.Jobs.Infrastructure;

namespace Lodestar.Jobs.Identity;

/// <summary>
/// Recomputes the duplicate-suggestion review queue from the profiles' traits, after resolving the events not yet
/// resolved (suggestions are about today's profiles). Decisions already made are kept.
/// </summary>
public sealed class DuplicateSuggestionsJob(IdentityResolutionService identity, DuplicateSuggestionService suggestions, JobRunRecorder recorder)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 1)]
    public Task RunAsync(PerformContext? context, CancellationToken cancellationToken) =>
        recorder.RunAsync(JobNames.DuplicateSuggestions, context, async progress =>
        {
            await identity.RunIncrementalAsync(null, cancellationToken);
            var pending = await suggestions.RefreshAsync(progress, cancellationToken);
            await progress.ReportAsync(1, $"{pending:N0} suggestions to review", cancellationToken);
        }, cancellationToken);
}
