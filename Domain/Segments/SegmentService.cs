using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Rules;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Segments;

/// <summary>Saves, renames, duplicates and deletes segments; every save that changes something is a new version.</summary>
public sealed class SegmentService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<Segment> CreateAsync(SegmentDraft draft, string user, CancellationToken cancellationToken)
    {
        SegmentFieldsValidator.Check(draft);
        await using var db = contexts.CreateDbContext();
        await SegmentReferences.CheckAsync(db, draft.Rule!, null, cancellationToken);
        var name = draft.Name!.Trim();
        await CheckNameFreeAsync(db, name, null, cancellationToken);
        var segment = New(name, draft.Description, SegmentKind.Dynamic, SegmentRuleJson.Serialize(draft.Rule!), draft.RefreshMinutes, user);
        return await AddAsync(db, segment, "Created.", cancellationToken);
    }

    public async Task<Segment> UpdateAsync(long id, SegmentDraft draft, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no segment {id}.");
        if (segment.Kind == SegmentKind.Static)
        {
            var errors = SegmentFieldsValidator.Validate(draft.Name, draft.Description, draft.RefreshMinutes);
            if (errors.Count > 0)
                throw new DomainValidationException(errors);
        }
        else
        {
            SegmentFieldsValidator.Check(draft);
            await SegmentReferences.CheckAsync(db, draft.Rule!, id, cancellationToken);
        }

        var name = draft.Name!.Trim();
        await CheckNameFreeAsync(db, name, id, cancellationToken);
        var definition = segment.Kind == SegmentKind.Static ? null : SegmentRuleJson.Serialize(draft.Rule!);
        var change = SegmentChangeDescriber.Describe(segment, name, draft.Description, definition, draft.RefreshMinutes);
        if (change.Length == 0)
            return segment;
        var now = time.GetUtcNow().UtcDateTime;
        (segment.Name, segment.Description, segment.Definition, segment.RefreshMinutes) = (name, Blank(draft.Description), definition, draft.RefreshMinutes);
        (segment.Version, segment.UpdatedAt, segment.UpdatedBy) = (segment.Version + 1, now, user);
        db.SegmentVersions.Add(VersionOf(segment, change));
        await db.SaveChangesAsync(cancellationToken);
        return segment;
    }

    /// <summary>A copy named "… (copy)", with the same rule or identifiers; it is computed afresh.</summary>
    public async Task<Segment> DuplicateAsync(long id, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var original = await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no segment {id}.");
        var names = await db.Segments.Select(s => s.Name).ToListAsync(cancellationToken);
        var name = Enumerable.Range(1, 1000).Select(n => CopyName(original.Name, n)).First(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase));
        var copy = New(name, original.Description, original.Kind, original.Definition, original.RefreshMinutes, user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AddAsync(db, copy, $"Duplicated from \"{original.Name}\".", cancellationToken);
        if (original.Kind == SegmentKind.Static)
        {
            var identifiers = await db.SegmentStaticIdentifiers.AsNoTracking().Where(i => i.SegmentId == id).ToListAsync(cancellationToken);
            db.SegmentStaticIdentifiers.AddRange(identifiers.Select(i => new SegmentStaticIdentifier { SegmentId = copy.Id, Type = i.Type, Value = i.Value }));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return copy;
    }

    /// <exception cref="DomainValidationException">Other segments' rules use this one.</exception>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no segment {id}.");
        var users = (await db.Segments.AsNoTracking().Where(s => s.Id != id && s.Definition != null).ToListAsync(cancellationToken))
            .Where(s => RuleWalk.Conditions(SegmentRuleJson.Parse(s.Definition!)).Any(c => c.Node is MembershipCondition m && m.SegmentId == id))
            .Select(s => $"\"{s.Name}\"").ToList();
        if (users.Count > 0)
            throw new DomainValidationException("segment", $"{string.Join(", ", users)} use{(users.Count == 1 ? "s" : "")} this segment in a rule; change {(users.Count == 1 ? "it" : "them")} first.");
        var destinations = await (from c in db.DestinationConnections
                                  where c.SegmentId == id
                                  join d in db.Destinations on c.DestinationId equals d.Id
                                  select d.Name).ToListAsync(cancellationToken);
        if (destinations.Count > 0)
            throw new DomainValidationException("segment",
                $"This segment is connected to {string.Join(", ", destinations.Select(n => $"\"{n}\""))}; disconnect it under Destinations first.");
        db.Segments.Remove(segment);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SegmentVersion>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (!await db.Segments.AnyAsync(s => s.Id == id, cancellationToken))
            throw new NotFoundException($"There is no segment {id}.");
        return await db.SegmentVersions.AsNoTracking().Where(v => v.SegmentId == id).OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
    }

    internal Segment New(string name, string? description, SegmentKind kind, string? definition, int refreshMinutes, string user)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new Segment
        {
            Name = name, Description = Blank(description), Kind = kind, Definition = definition, RefreshMinutes = refreshMinutes,
            Status = SegmentStatus.New, Version = 1, CreatedAt = now, CreatedBy = user, UpdatedAt = now, UpdatedBy = user,
        };
    }

    internal static async Task<Segment> AddAsync(PortalDbContext db, Segment segment, string change, CancellationToken cancellationToken)
    {
        db.Segments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        db.SegmentVersions.Add(VersionOf(segment, change));
        await db.SaveChangesAsync(cancellationToken);
        return segment;
    }

    internal static async Task CheckNameFreeAsync(PortalDbContext db, string name, long? except, CancellationToken cancellationToken)
    {
        var lower = name.ToLower();
        if (await db.Segments.AnyAsync(s => s.Id != except && s.Name.ToLower() == lower, cancellationToken))
            throw new DomainValidationException("name", $"A segment named \"{name}\" exists already; choose another name.");
    }

    private static SegmentVersion VersionOf(Segment s, string change) => new()
    {
        SegmentId = s.Id, Version = s.Version, Name = s.Name, Description = s.Description, Definition = s.Definition,
        RefreshMinutes = s.RefreshMinutes, ChangedBy = s.UpdatedBy, ChangedAt = s.UpdatedAt, Change = change,
    };

    private static string CopyName(string name, int n)
    {
        var suffix = n == 1 ? " (copy)" : $" (copy {n})";
        return name[..Math.Min(name.Length, SegmentLimits.NameLength - suffix.Length)] + suffix;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
