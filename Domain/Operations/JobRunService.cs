using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Operations;

/// <summary>Run records of background jobs, kept in the application database so every node and the UI see them.</summary>
public sealed class JobRunService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task RecordEnqueuedAsync(string name, string backgroundJobId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.JobRuns.AnyAsync(r => r.BackgroundJobId == backgroundJobId, cancellationToken))
            return;
        db.JobRuns.Add(new JobRun { Name = name, BackgroundJobId = backgroundJobId, CreatedAt = Now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The job started and recorded itself between the check and the insert: its record is the newer one.
        }
    }

    public Task StartAsync(string name, string backgroundJobId, CancellationToken cancellationToken) =>
        UpdateAsync(name, backgroundJobId, run =>
        {
            run.State = JobRunState.Processing;
            run.StartedAt = Now;
            run.FinishedAt = null;
            run.Error = null;
            run.Progress = 0;
        }, cancellationToken);

    public Task ReportAsync(string name, string backgroundJobId, double fraction, string message, CancellationToken cancellationToken) =>
        UpdateAsync(name, backgroundJobId, run =>
        {
            run.Progress = Math.Clamp(fraction, 0, 1);
            run.Message = message.Length > 500 ? message[..500] : message;
        }, cancellationToken);

    public Task FinishAsync(string name, string backgroundJobId, string? error, CancellationToken cancellationToken) =>
        UpdateAsync(name, backgroundJobId, run =>
        {
            run.State = error is null ? JobRunState.Succeeded : JobRunState.Failed;
            run.Progress = error is null ? 1 : run.Progress;
            run.Error = error;
            run.FinishedAt = Now;
        }, cancellationToken);

    public async Task<JobRun?> FindAsync(string backgroundJobId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.JobRuns.AsNoTracking().FirstOrDefaultAsync(r => r.BackgroundJobId == backgroundJobId, cancellationToken);
    }

    public async Task<JobRun?> LatestAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.JobRuns.AsNoTracking().Where(r => r.Name == name)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task UpdateAsync(string name, string backgroundJobId, Action<JobRun> change, CancellationToken cancellationToken)
    {
        try
        {
            await TryUpdateAsync(name, backgroundJobId, change, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The enqueuing side inserted the record at the same moment; now it exists, so this updates it.
            await TryUpdateAsync(name, backgroundJobId, change, cancellationToken);
        }
    }

    private async Task TryUpdateAsync(string name, string backgroundJobId, Action<JobRun> change, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var run = await db.JobRuns.FirstOrDefaultAsync(r => r.BackgroundJobId == backgroundJobId, cancellationToken);
        if (run is null)
        {
            run = new JobRun { Name = name, BackgroundJobId = backgroundJobId, CreatedAt = Now };
            db.JobRuns.Add(run);
        }

        change(run);
        await db.SaveChangesAsync(cancellationToken);
    }
}
