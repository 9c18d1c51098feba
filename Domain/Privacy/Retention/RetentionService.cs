using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// Enforces the retention limits: each class's purger deletes what is older than its limit in small transactions, and
/// the run is written down as a <see cref="RetentionReport"/> (limit, purged, oldest left, duration per class) as it
/// goes. A run right after another with the same limits purges nothing.
/// </summary>
public sealed class RetentionService(
    IDbContextFactory<PortalDbContext> contexts, RetentionSettingsService settings, IEnumerable<IRetentionPurger> purgers,
    IOptions<RetentionOptions> options, TimeProvider time)
{
    private readonly IReadOnlyList<IRetentionPurger> _purgers = [.. purgers];

    // One run at a time in this process; the job's distributed lock keeps other nodes out.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<RetentionReport> RunAsync(string backgroundJobId, IJobProgress? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var limits = await settings.GetAsync(cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            var report = await StartAsync(backgroundJobId, now, cancellationToken);
            try
            {
                var batches = new RetentionBatchSizeCalculator(options.Value.BatchSize, TimeSpan.FromMilliseconds(options.Value.BatchMilliseconds));
                for (var i = 0; i < _purgers.Count; i++)
                    report.Lines.Add(await PurgeAsync(report.Id, i, limits.DaysFor(_purgers[i].Class), now, batches, progress, cancellationToken));
                await FinishAsync(report, null);
            }
            catch (Exception ex)
            {
                await FinishAsync(report, ex is OperationCanceledException ? "Stopped before the end (the job was cancelled or the server shut down); the next run continues." : ex.Message);
                throw;
            }

            if (progress is not null)
                await progress.ReportAsync(1, RetentionReportSummary.Describe(report, _purgers), cancellationToken);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<RetentionReportLine> PurgeAsync(long reportId, int index, int? days, DateTime now,
        RetentionBatchSizeCalculator batches, IJobProgress? progress, CancellationToken cancellationToken)
    {
        var purger = _purgers[index];
        var watch = Stopwatch.StartNew();
        var cutoff = days is { } d ? now.AddDays(-d) : (DateTime?)null;
        var share = 1.0 / _purgers.Count;
        if (progress is not null)
            await progress.ReportAsync(index * share, cutoff is null ? $"{purger.Name}: kept forever" : $"{purger.Name}: purging", cancellationToken);
        var result = cutoff is { } c
            ? await purger.PurgeAsync(new RetentionPurge(c, batches, TimeSpan.FromMilliseconds(options.Value.PauseMilliseconds),
                (fraction, message, ct) => progress?.ReportAsync((index + fraction) * share, $"{purger.Name}: {message}", ct) ?? Task.CompletedTask),
                cancellationToken)
            : RetentionPurgeResult.None;
        var line = new RetentionReportLine
        {
            ReportId = reportId,
            Class = purger.Class,
            LimitDays = days,
            Cutoff = cutoff,
            Purged = result.Purged,
            Related = result.Related,
            Batches = result.Batches,
            OldestRemaining = await purger.OldestRemainingAsync(cancellationToken),
            DurationMilliseconds = watch.ElapsedMilliseconds,
            Note = result.Note is { Length: > RetentionLimits.NoteLength } note ? note[..RetentionLimits.NoteLength] : result.Note,
        };
        await using var db = contexts.CreateDbContext();
        db.RetentionReportLines.Add(line);
        await db.SaveChangesAsync(cancellationToken);
        return line;
    }

    private async Task<RetentionReport> StartAsync(string backgroundJobId, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var report = new RetentionReport { BackgroundJobId = backgroundJobId, StartedAt = now, Status = RetentionReportStatus.Running };
        db.RetentionReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>Written whatever happened (with no cancellation), so a report never stays "running" after its run.</summary>
    private async Task FinishAsync(RetentionReport report, string? error)
    {
        report.Status = error is null ? RetentionReportStatus.Succeeded : RetentionReportStatus.Failed;
        report.FinishedAt = time.GetUtcNow().UtcDateTime;
        report.Error = error is { Length: > RetentionLimits.ErrorLength } ? error[..RetentionLimits.ErrorLength] : error;
        report.Purged = report.Lines.Sum(l => l.Purged);
        await using var db = contexts.CreateDbContext();
        await db.RetentionReports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, report.Status)
            .SetProperty(r => r.FinishedAt, report.FinishedAt)
            .SetProperty(r => r.Error, report.Error)
            .SetProperty(r => r.Purged, report.Purged), CancellationToken.None);
    }
}
