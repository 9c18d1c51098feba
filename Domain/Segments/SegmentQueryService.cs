using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments;

/// <summary>Reads segments, their members and refreshes for the pages and the API.</summary>
public sealed class SegmentQueryService(IDbContextFactory<PortalDbContext> contexts)
{
    public const int TrendPoints = 12;
    public const int MaxPageSize = 500;

    public async Task<IReadOnlyList<SegmentListItem>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var segments = await db.Segments.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var recent = await db.SegmentRefreshes.AsNoTracking().Where(r => r.Status == SegmentRefreshStatus.Done)
            .OrderByDescending(r => r.Id).Take(TrendPoints * Math.Max(1, segments.Count) * 2)
            .Select(r => new { r.SegmentId, r.Id, r.Size }).ToListAsync(cancellationToken);
        var trends = recent.GroupBy(r => r.SegmentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Take(TrendPoints).OrderBy(r => r.Id).Select(r => r.Size).ToList());
        return segments.Select(s => new SegmentListItem(s, trends.GetValueOrDefault(s.Id) ?? [])).ToList();
    }

    public async Task<(Segment Segment, int StaticIdentifiers)> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var segment = await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no segment {id}.");
        var identifiers = segment.Kind == SegmentKind.Static ? await db.SegmentStaticIdentifiers.CountAsync(i => i.SegmentId == id, cancellationToken) : 0;
        return (segment, identifiers);
    }

    /// <summary>Current members, newest entries first; <paramref name="search"/> matches a profile id or part of the name (digits may be either).</summary>
    public async Task<SegmentMembersPage> MembersAsync(long id, string? search, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await EnsureExistsAsync(db, id, cancellationToken);
        var members = Members(db, id);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var pattern = LikePatterns.Containing(text);
            // Digits are a profile id or part of a name ("Order 1997", a tag): either matches.
            long? profileId = long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
            members = members.Where(m => m.ProfileId == profileId || (m.DisplayName != null && EF.Functions.Like(m.DisplayName, pattern, LikePatterns.Escape)));
        }

        var total = await members.CountAsync(cancellationToken);
        var page = await members.OrderByDescending(m => m.EnteredAt).ThenBy(m => m.ProfileId)
            .Skip(Math.Max(0, offset)).Take(Math.Clamp(limit, 1, MaxPageSize)).ToListAsync(cancellationToken);
        return new SegmentMembersPage(page.Select(m => m.ToProfile()).ToList(), total);
    }

    /// <summary>Every current member in profile id order, streamed (for CSV export).</summary>
    public async IAsyncEnumerable<SegmentProfile> AllMembersAsync(long id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await EnsureExistsAsync(db, id, cancellationToken);
        await foreach (var member in Members(db, id).OrderBy(m => m.ProfileId).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return member.ToProfile();
    }

    public async Task<IReadOnlyList<SegmentRefresh>> RefreshesAsync(long id, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await EnsureExistsAsync(db, id, cancellationToken);
        return await db.SegmentRefreshes.AsNoTracking().Where(r => r.SegmentId == id).OrderByDescending(r => r.Id)
            .Take(Math.Clamp(limit, 1, 1000)).ToListAsync(cancellationToken);
    }

    private static IQueryable<MemberRow> Members(PortalDbContext db, long id) =>
        from m in db.SegmentMembers.AsNoTracking()
        where m.SegmentId == id
        join p in db.Profiles on m.ProfileId equals p.Id into profiles
        from p in profiles.DefaultIfEmpty()
        select new MemberRow { ProfileId = m.ProfileId, DisplayName = p == null ? null : p.DisplayName, EnteredAt = m.EnteredAt };

    /// <summary>Settable members: EF Core filters and sorts on an object initializer's members, not a record's.</summary>
    private sealed class MemberRow
    {
        public long ProfileId { get; init; }

        public string? DisplayName { get; init; }

        public DateTime EnteredAt { get; init; }

        public SegmentProfile ToProfile() => new(ProfileId, DisplayName, EnteredAt);
    }

    private static async Task EnsureExistsAsync(PortalDbContext db, long id, CancellationToken cancellationToken)
    {
        if (!await db.Segments.AnyAsync(s => s.Id == id, cancellationToken))
            throw new NotFoundException($"There is no segment {id}.");
    }
}
