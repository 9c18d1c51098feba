using Lodestar.Domain.Audit;
using Lodestar.Domain.Privacy.Retention;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Privacy.Retention;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Privacy;

/// <summary>The server side of <see cref="IRetentionApi"/>.</summary>
internal sealed class ServerRetentionApi(
    RetentionSettingsService settings, RetentionReportService reports, IEnumerable<IRetentionPurger> purgers, CurrentUser user,
    AuditRecorder audit) : IRetentionApi
{
    public Task<RetentionSettingsDto> GetSettingsAsync(CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ToDto(await settings.GetAsync(cancellationToken)));

    public Task<RetentionSettingsDto> SaveSettingsAsync(RetentionSettingsRequest request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            var before = await settings.GetAsync(cancellationToken);
            var saved = await settings.SaveAsync(
                request?.Classes?.Select(c => c is null ? null : new RetentionLimitInput(c.Class, c.Days)).ToList(),
                await user.GetNameAsync() ?? "unknown", cancellationToken);
            await audit.RecordAsync(AuditActions.RetentionChanged, new AuditTarget("settings", "retention", "Retention limits"),
                saved.DescribeChangeFrom(before));
            return ToDto(saved);
        });

    public Task<IReadOnlyList<RetentionReportDto>> GetReportsAsync(int limit = 20, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            PagingChecks.CheckLimit(limit, RetentionLimits.MaxReports);
            var names = purgers.ToDictionary(p => p.Class, p => p.Name);
            return (IReadOnlyList<RetentionReportDto>)(await reports.LatestAsync(limit, cancellationToken)).Select(r => new RetentionReportDto(
                r.Id, r.BackgroundJobId, r.Status.ToString(), r.StartedAt, r.FinishedAt, r.Purged, r.Error,
                r.Lines.Select(l => new RetentionReportLineDto(l.Class, names.GetValueOrDefault(l.Class, l.Class), l.LimitDays, l.Cutoff,
                    l.Purged, l.Related, l.Batches, l.OldestRemaining, l.DurationMilliseconds, l.Note)).ToList())).ToList();
        });

    private static RetentionSettingsDto ToDto(RetentionSettings s) => new(
        s.Classes.Select(c => new RetentionClassDto(c.Class, c.Name, c.Description, c.Days)).ToList(),
        RetentionLimits.MaxDays, s.UpdatedAt, s.UpdatedBy);
}
