using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// In-memory segments: a list, members, refreshes and versions per segment, a schema, and a preview whose answer the test
/// decides (<see cref="PreviewAnswer"/>). Every preview, save, refresh and upload is recorded.
/// </summary>
public sealed class FakeSegmentsApi : ISegmentsApi
{
    public static readonly DateTime Now = StoppedClock.Now;

    private readonly Lock _lock = new();
    private readonly List<string> _previews = [];
    private readonly List<(long? Id, SegmentInput Input)> _saves = [];
    private readonly List<(long Id, string? Search, int Offset, int Limit)> _memberQueries = [];
    private readonly List<long> _refreshed = [];
    private readonly List<long> _deleted = [];
    private readonly List<(string Name, string? Description, string Csv, string FileName)> _uploads = [];

    public List<SegmentDto> Segments { get; } = [];

    public List<SegmentListItemDto> Items { get; } = [];

    public Dictionary<long, List<SegmentMemberDto>> Members { get; } = [];

    public Dictionary<long, List<SegmentRefreshDto>> Refreshes { get; } = [];

    public Dictionary<long, List<SegmentVersionDto>> Versions { get; } = [];

    public SegmentSchemaDto Schema { get; set; } = DefaultSchema;

    public Dictionary<string, IReadOnlyList<FieldInfoDto>> Properties { get; } = new()
    {
        ["Order Completed"] = [new("properties.revenue", "number"), new("properties.currency", "string")],
    };

    /// <summary>What a preview answers; by default 42 people with two of them as the sample.</summary>
    public Func<RuleGroupDto, Task<SegmentPreviewDto>> PreviewAnswer { get; set; } =
        _ => Task.FromResult(new SegmentPreviewDto(42, [new SegmentMemberDto(7, "Ann Lee", null), new SegmentMemberDto(9, null, null)]));

    public ApiException? SaveError { get; set; }

    public ApiException? UploadError { get; set; }

    /// <summary>The rules sent to preview, as their JSON.</summary>
    public IReadOnlyList<string> Previews { get { lock (_lock) return [.. _previews]; } }

    public IReadOnlyList<(long? Id, SegmentInput Input)> Saves { get { lock (_lock) return [.. _saves]; } }

    public IReadOnlyList<(long Id, string? Search, int Offset, int Limit)> MemberQueries { get { lock (_lock) return [.. _memberQueries]; } }

    public IReadOnlyList<long> Refreshed { get { lock (_lock) return [.. _refreshed]; } }

    public IReadOnlyList<long> Deleted { get { lock (_lock) return [.. _deleted]; } }

    public IReadOnlyList<(string Name, string? Description, string Csv, string FileName)> Uploads { get { lock (_lock) return [.. _uploads]; } }

    /// <summary>Changes the stored segments while a page may be reading them (a refresh finishing on the server).</summary>
    public void Change(Action<FakeSegmentsApi> change)
    {
        lock (_lock)
            change(this);
    }

    public static SegmentSchemaDto DefaultSchema { get; } = new(
        [new("plan", "string"), new("age", "number"), new("vip", "boolean"), new("signed_up_at", "date")],
        ["Order Completed", "Signed Up", "Pricing Viewed"],
        [new("3", "Proposal"), new("4", "Won")],
        [new("u-sam", "Sam Admin")],
        [new("5", "Churn risk"), new("6", "Big spenders")],
        ["analytics", "marketing"]);

    public static SegmentDto Segment(long id, string name, RuleGroupDto? rule = null, string status = "live", int? size = 1_234, string kind = "dynamic",
        string? reason = null) =>
        new(id, name, null, kind, kind == "static" ? null : rule ?? new RuleGroupDto(), 60, size, size is null ? null : Now.AddMinutes(-5), status, reason, 2,
            Now.AddDays(-1), "mia@example.com", kind == "static" ? 3 : 0);

    public static SegmentListItemDto Item(long id, string name, string status = "live", int? size = 1_234, IReadOnlyList<int>? trend = null,
        string kind = "dynamic", string? reason = null, DateTime? computedAt = null) =>
        new(id, name, null, kind, size, computedAt ?? (size is null ? null : Now.AddHours(-3)), status, reason, trend ?? [], 60, Now.AddDays(-1));

    public Task<IReadOnlyList<SegmentListItemDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<SegmentListItemDto>>([.. Items]);
    }

    public Task<SegmentDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Segments.FirstOrDefault(s => s.Id == id) is { } segment ? Task.FromResult(segment) : throw new ApiException(404, $"There is no segment with id {id}.");
    }

    public Task<SegmentDto> CreateAsync(SegmentInput input, CancellationToken cancellationToken = default) => SaveAsync(null, input);

    public Task<SegmentDto> UpdateAsync(long id, SegmentInput input, CancellationToken cancellationToken = default) => SaveAsync(id, input);

    public Task<SegmentDto> DuplicateAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var original = Segments.First(s => s.Id == id);
            var copy = original with { Id = 900 + id, Name = original.Name + " (copy)", Status = "new" };
            Segments.Add(copy);
            Items.Add(Item(copy.Id, copy.Name, "new", null));
            return Task.FromResult(copy);
        }
    }

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _deleted.Add(id);
            Items.RemoveAll(i => i.Id == id);
            Segments.RemoveAll(s => s.Id == id);
        }

        return Task.CompletedTask;
    }

    public Task<SegmentPreviewDto> PreviewAsync(RuleGroupDto rule, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _previews.Add(RuleJson.Serialize(rule));
        return PreviewAnswer(rule);
    }

    public Task<SegmentMembersDto> MembersAsync(long id, string? search, int offset, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _memberQueries.Add((id, search, offset, limit));
            var matches = Members.GetValueOrDefault(id, [])
                .Where(m => search is null || (m.DisplayName ?? "").Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
            return Task.FromResult(new SegmentMembersDto(matches.Skip(offset).Take(limit).ToList(), matches.Count));
        }
    }

    public Task<IReadOnlyList<SegmentVersionDto>> HistoryAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<SegmentVersionDto>>([.. Versions.GetValueOrDefault(id, [])]);
    }

    public Task<IReadOnlyList<SegmentRefreshDto>> RefreshesAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<SegmentRefreshDto>>([.. Refreshes.GetValueOrDefault(id, [])]);
    }

    public Task RefreshAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _refreshed.Add(id);
            var index = Segments.FindIndex(s => s.Id == id);
            Segments[index] = Segments[index] with { Status = "computing" };
        }

        return Task.CompletedTask;
    }

    public Task<SegmentSchemaDto> SchemaAsync(CancellationToken cancellationToken = default) => Task.FromResult(Schema);

    public Task<IReadOnlyList<FieldInfoDto>> EventPropertiesAsync(string eventName, CancellationToken cancellationToken = default) =>
        Task.FromResult(Properties.GetValueOrDefault(eventName) ?? []);

    public async Task<StaticSegmentReportDto> CreateStaticAsync(string name, string? description, Stream csv, string fileName,
        CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(csv);
        var text = await reader.ReadToEndAsync(cancellationToken);
        lock (_lock)
        {
            _uploads.Add((name, description, text, fileName));
            if (UploadError is not null)
                throw UploadError;
            var segment = Segment(77, name, kind: "static", status: "new", size: null);
            Segments.Add(segment);
            Items.Add(Item(77, name, "new", null, kind: "static"));
            return new StaticSegmentReportDto(segment, 3, 2, ["row 3: 'x' is not an email address."]);
        }
    }

    private Task<SegmentDto> SaveAsync(long? id, SegmentInput input)
    {
        lock (_lock)
        {
            _saves.Add((id, input));
            if (SaveError is not null)
                throw SaveError;
            var saved = Segment(id ?? 50, input.Name, input.Rule, "new", null);
            Segments.RemoveAll(s => s.Id == saved.Id);
            Segments.Add(saved);
            return Task.FromResult(saved);
        }
    }
}
