using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>
/// Closes a run from its counts and keeps the circuit breaker: a run that sent nothing and failed counts against the
/// destination, and enough of those in a row pause it until someone resumes it; any run that got through resets it.
/// </summary>
internal sealed class RunFinisher(IDbContextFactory<PortalDbContext> contexts, TimeProvider time, int failedRunsBeforePause)
{
    public async Task<DestinationRun> FinishAsync(long runId, long destinationId, long connectionId, string? lastError, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.DestinationRuns.FirstAsync(r => r.Id == runId, cancellationToken);
        var destination = await db.Destinations.FirstAsync(d => d.Id == destinationId, cancellationToken);
        var connection = await db.DestinationConnections.FirstOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        run.FinishedAt = now;
        run.Status = run.Failed == 0 && run.Skipped == 0 ? DestinationRunStatus.Succeeded
            : run.Sent == 0 && run.Failed + run.Skipped > 0 && lastError is not null ? DestinationRunStatus.Failed
            : run.Failed > 0 ? DestinationRunStatus.PartlyFailed
            : DestinationRunStatus.Succeeded;
        run.Error = run.Status is DestinationRunStatus.Failed or DestinationRunStatus.PartlyFailed ? Truncate(lastError) : null;
        if (connection is not null)
        {
            connection.LastRunAt = now;
            if (run.Status is DestinationRunStatus.Succeeded or DestinationRunStatus.PartlyFailed)
                connection.LastSuccessAt = now;
        }

        if (run.Status == DestinationRunStatus.Failed)
        {
            destination.ConsecutiveFailures++;
            if (destination.ConsecutiveFailures >= failedRunsBeforePause && destination.PausedAt is null)
            {
                destination.PausedAt = now;
                destination.PausedReason = Truncate($"{destination.ConsecutiveFailures} syncs in a row failed. Last error: {lastError}");
            }
        }
        else
        {
            destination.ConsecutiveFailures = 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    private static string? Truncate(string? text) =>
        text is null || text.Length <= DestinationLimits.ErrorLength ? text : text[..(DestinationLimits.ErrorLength - 1)] + "…";
}
