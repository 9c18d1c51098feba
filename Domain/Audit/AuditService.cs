using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Audit;

/// <summary>
/// Writes and searches the audit log. There is deliberately no way here to change or remove an entry; the host supplies
/// who and from where (<see cref="AuditActor"/>), so Domain services need not know about requests.
/// </summary>
public sealed class AuditService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <summary>Appends one entry; over-long values are cut to their column's length rather than refused.</summary>
    public async Task RecordAsync(AuditActor actor, string action, AuditTarget? target, string? detail, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        db.AuditEntries.Add(new AuditEntry
        {
            OccurredAt = time.GetUtcNow().UtcDateTime,
            ActorType = Cut(actor.Type, AuditLimits.TypeLength)!,
            ActorId = Cut(actor.Id, AuditLimits.IdLength),
            ActorName = Cut(actor.Name, AuditLimits.NameLength)!,
            Action = Cut(action, AuditLimits.ActionLength)!,
            TargetType = Cut(target?.Type, AuditLimits.TypeLength),
            TargetId = Cut(target?.Id, AuditLimits.IdLength),
            TargetDisplay = Cut(target?.Display, AuditLimits.NameLength),
            Detail = Cut(detail, AuditLimits.DetailLength),
            IpAddress = Cut(actor.IpAddress, AuditLimits.IpLength),
            UserAgent = Cut(actor.UserAgent, AuditLimits.UserAgentLength),
        });
        // Not cancellable: the action it records has already happened.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Entries matching the query, newest first.</summary>
    /// <exception cref="DomainValidationException">Paging or the date range is out of bounds.</exception>
    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        Check(query);
        await using var db = contexts.CreateDbContext();
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return new AuditPage(items, total);
    }

    /// <summary>The actions the log holds, for a filter list.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.AuditEntries.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var like = LikePatterns.Containing(query.Text.Trim());
            entries = entries.Where(e => EF.Functions.Like(e.ActorName, like, LikePatterns.Escape)
                || EF.Functions.Like(e.Action, like, LikePatterns.Escape)
                || EF.Functions.Like(e.TargetDisplay!, like, LikePatterns.Escape)
                || EF.Functions.Like(e.TargetId!, like, LikePatterns.Escape)
                || EF.Functions.Like(e.Detail!, like, LikePatterns.Escape)
                || EF.Functions.Like(e.IpAddress!, like, LikePatterns.Escape));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            if (action.EndsWith(".*", StringComparison.Ordinal))
            {
                var family = action[..^1];
                entries = entries.Where(e => e.Action.StartsWith(family));
            }
            else
            {
                entries = entries.Where(e => e.Action == action);
            }
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            // Names compare without case (an email typed differently is the same person); the LIKE has no wildcards left.
            var name = LikePatterns.Containing(user)[1..^1];
            entries = entries.Where(e => e.ActorId == user || EF.Functions.Like(e.ActorName, name, LikePatterns.Escape));
        }

        if (query.From is { } from)
            entries = entries.Where(e => e.OccurredAt >= from);
        if (query.Before is { } before)
            entries = entries.Where(e => e.OccurredAt < before);
        return entries;
    }

    private static void Check(AuditQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.Skip < 0)
            errors["skip"] = ["Use 0 or more."];
        if (query.Take is < 1 or > AuditLimits.MaxTake)
            errors["take"] = [$"Use 1 to {AuditLimits.MaxTake}."];
        if (query.From is { } from && query.Before is { } before && before <= from)
            errors["to"] = ["The end of the range must not be before its start."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
