using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>The stored enforcement reports, latest first, each with its lines in the job's class order.</summary>
public sealed class RetentionReportService(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<RetentionReport>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > RetentionLimits.MaxReports)
            throw new DomainValidationException("limit", $"Ask for 1 to {RetentionLimits.MaxReports} reports; {limit} is not.");
        await using var db = contexts.CreateDbContext();
        var reports = await db.RetentionReports.AsNoTracking().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(limit).ToListAsync(cancellationToken);
        var ids = reports.Select(r => r.Id).ToList();
        var lines = (await db.RetentionReportLines.AsNoTracking().Where(l => ids.Contains(l.ReportId)).OrderBy(l => l.Id).ToListAsync(cancellationToken))
            .ToLookup(l => l.ReportId);
        foreach (var report in reports)
            report.Lines = [.. lines[report.Id]];
        return reports;
    }
}
