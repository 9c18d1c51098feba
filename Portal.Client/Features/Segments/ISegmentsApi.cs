using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// Segments (<c>/api/segments</c>), for Admin, Marketer and ProductManager. Invalid rules are answered with
/// <see cref="Infrastructure.ApiException"/> whose problem names the wrong condition by its JSON path
/// (<c>rule.children[1].test</c>).
/// </summary>
public interface ISegmentsApi
{
    Task<IReadOnlyList<SegmentListItemDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<SegmentDto> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<SegmentDto> CreateAsync(SegmentInput input, CancellationToken cancellationToken = default);

    Task<SegmentDto> UpdateAsync(long id, SegmentInput input, CancellationToken cancellationToken = default);

    Task<SegmentDto> DuplicateAsync(long id, CancellationToken cancellationToken = default);

    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The size of an unsaved rule now, with a sample of members.</summary>
    Task<SegmentPreviewDto> PreviewAsync(RuleGroupDto rule, CancellationToken cancellationToken = default);

    Task<SegmentMembersDto> MembersAsync(long id, string? search, int offset, int limit, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SegmentVersionDto>> HistoryAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The recent refreshes, newest first.</summary>
    Task<IReadOnlyList<SegmentRefreshDto>> RefreshesAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Queues a segment-refresh of this segment now.</summary>
    Task RefreshAsync(long id, CancellationToken cancellationToken = default);

    Task<SegmentSchemaDto> SchemaAsync(CancellationToken cancellationToken = default);

    /// <summary>The property paths (properties.*, context.campaign.*, …) seen on recent events of this name.</summary>
    Task<IReadOnlyList<FieldInfoDto>> EventPropertiesAsync(string eventName, CancellationToken cancellationToken = default);

    /// <summary>
    /// A static segment from a CSV file whose header names identifier types (email, phone, user_id, anonymous_id,
    /// crm_contact_id): every value is an identifier of a member.
    /// </summary>
    Task<StaticSegmentReportDto> CreateStaticAsync(string name, string? description, Stream csv, string fileName,
        CancellationToken cancellationToken = default);

    /// <summary>Members as CSV (profile id, name, entered at).</summary>
    public static string MembersCsvUrl(long id) => $"api/segments/{id}/members";
}
