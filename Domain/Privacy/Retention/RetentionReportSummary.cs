namespace Lodestar.Domain.Privacy.Retention;

/// <summary>A report in one sentence, for the job's last progress message.</summary>
public static class RetentionReportSummary
{
    public static string Describe(RetentionReport report, IReadOnlyList<IRetentionPurger> purgers)
    {
        var limited = report.Lines.Count(l => l.LimitDays is not null);
        if (limited == 0)
            return "Nothing to purge: every class is kept forever (choose limits on the Privacy page).";
        if (report.Purged == 0)
            return $"Nothing to purge: {Classes(limited)} with a limit, nothing older than it.";
        var parts = report.Lines.Where(l => l.Purged > 0)
            .Select(l => $"{l.Purged:N0} {purgers.FirstOrDefault(p => p.Class == l.Class)?.Name.ToLowerInvariant() ?? l.Class}");
        return $"Purged {string.Join(", ", parts)}.";
    }

    private static string Classes(int count) => count == 1 ? "1 class" : $"{count} classes";
}
