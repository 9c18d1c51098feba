using Hangfire;
using Lodestar.Domain.Audit;
using Lodestar.Domain.Segments;
using Lodestar.Jobs.Segments;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Segments;

/// <summary>The server side of <see cref="ISegmentsApi"/>. Saving a segment queues its computation.</summary>
internal sealed class ServerSegmentsApi(
    SegmentService segments, SegmentQueryService queries, SegmentPreviewService preview, SegmentSchemaService schema,
    StaticSegmentService statics, IBackgroundJobClient jobs, CurrentUser user, AuditRecorder audit) : ISegmentsApi
{
    public Task<IReadOnlyList<SegmentListItemDto>> ListAsync(CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<SegmentListItemDto>>(async () => (await queries.ListAsync(cancellationToken)).Select(SegmentMapping.ToDto).ToList());

    public Task<SegmentDto> GetAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var (segment, identifiers) = await queries.GetAsync(id, cancellationToken);
        return SegmentMapping.ToDto(segment, identifiers);
    });

    public Task<SegmentDto> CreateAsync(SegmentInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var created = await segments.CreateAsync(SegmentMapping.ToDraft(input), await ByAsync(), cancellationToken);
        await audit.RecordAsync(AuditActions.SegmentCreated, Target(created), "dynamic");
        return Queued(created);
    });

    public Task<SegmentDto> UpdateAsync(long id, SegmentInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var before = (await queries.GetAsync(id, cancellationToken)).Segment;
        var saved = await segments.UpdateAsync(id, SegmentMapping.ToDraft(input), await ByAsync(), cancellationToken);
        if (saved.Version == before.Version)
            return SegmentMapping.ToDto(saved);
        await audit.RecordAsync(AuditActions.SegmentUpdated, Target(saved),
            $"version {saved.Version}: {SegmentChangeDescriber.Describe(before, saved.Name, saved.Description, saved.Definition, saved.RefreshMinutes)}");
        return Queued(saved);
    });

    public Task<SegmentDto> DuplicateAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var copy = await segments.DuplicateAsync(id, await ByAsync(), cancellationToken);
        await audit.RecordAsync(AuditActions.SegmentCreated, Target(copy), $"duplicate of segment {id}");
        return Queued(copy);
    });

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var segment = (await queries.GetAsync(id, cancellationToken)).Segment;
        await segments.DeleteAsync(id, cancellationToken);
        await audit.RecordAsync(AuditActions.SegmentDeleted, Target(segment), $"{segment.Kind.ToString().ToLowerInvariant()}, {segment.Size?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no"} members");
    });

    public Task<SegmentPreviewDto> PreviewAsync(RuleGroupDto rule, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var result = await preview.PreviewAsync(SegmentMapping.ToDomain(rule), cancellationToken);
        return new SegmentPreviewDto(result.Count, result.Sample.Select(SegmentMapping.ToDto).ToList());
    });

    public Task<SegmentMembersDto> MembersAsync(long id, string? search, int offset, int limit, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            var page = await queries.MembersAsync(id, search, offset, limit, cancellationToken);
            return new SegmentMembersDto(page.Items.Select(SegmentMapping.ToDto).ToList(), page.Total);
        });

    public Task<IReadOnlyList<SegmentVersionDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<SegmentVersionDto>>(async () => (await segments.HistoryAsync(id, cancellationToken)).Select(SegmentMapping.ToDto).ToList());

    public Task<IReadOnlyList<SegmentRefreshDto>> RefreshesAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<SegmentRefreshDto>>(async () => (await queries.RefreshesAsync(id, 100, cancellationToken)).Select(SegmentMapping.ToDto).ToList());

    public Task RefreshAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await queries.GetAsync(id, cancellationToken);
        jobs.Enqueue<SegmentRefreshJob>(job => job.RunAsync(id, CancellationToken.None));
    });

    public Task<SegmentSchemaDto> SchemaAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var s = await schema.SchemaAsync(cancellationToken);
        return new SegmentSchemaDto(s.Traits.Select(t => new FieldInfoDto(t.Name, t.Type)).ToList(), s.Events,
            s.Stages.Select(o => new OptionDto(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Name)).ToList(),
            s.Owners.Select(o => new OptionDto(o.Id, o.Name)).ToList(),
            s.Segments.Select(o => new OptionDto(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Name)).ToList(),
            s.ConsentCategories);
    });

    public Task<IReadOnlyList<FieldInfoDto>> EventPropertiesAsync(string eventName, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<FieldInfoDto>>(async () =>
            (await schema.EventPropertiesAsync(eventName, cancellationToken)).Select(p => new FieldInfoDto(p.Path, p.Type)).ToList());

    public Task<StaticSegmentReportDto> CreateStaticAsync(string name, string? description, Stream csv, string fileName,
        CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        using var reader = new StreamReader(csv);
        var report = await statics.CreateAsync(name, description, reader, await ByAsync(), cancellationToken);
        await audit.RecordAsync(AuditActions.SegmentCreated, Target(report.Segment), $"static, from {fileName}: {report.Identifiers} identifiers");
        return new StaticSegmentReportDto(Queued(report.Segment, report.Identifiers), report.Identifiers, report.Matched, report.Rejected);
    });

    private SegmentDto Queued(Segment segment, int identifiers = 0)
    {
        jobs.Enqueue<SegmentRefreshJob>(job => job.RunAsync(segment.Id, CancellationToken.None));
        return SegmentMapping.ToDto(segment, identifiers);
    }

    private static AuditTarget Target(Segment segment) => AuditTarget.Of("segment", segment.Id, segment.Name);

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";
}
