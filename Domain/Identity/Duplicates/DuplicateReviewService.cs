using System.Globalization;
using System.Text.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity.Matching;
using Lodestar.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>
/// The review queue: pending suggestions whose profiles both still stand, and the decisions. Accepting merges the two
/// profiles through identity resolution (a link, recorded in the merge ledger and kept by rebuilds); rejecting is
/// remembered so the pair is not suggested again.
/// </summary>
public sealed class DuplicateReviewService(
    IDbContextFactory<PortalDbContext> contexts, IdentityResolutionService resolution, IdentityRulesService rules, TimeProvider time)
{
    public const int MaxLimit = 200;

    /// <exception cref="DomainValidationException"><paramref name="minProbability"/> is not a probability.</exception>
    public async Task<DuplicateReviewPage> ListAsync(double minProbability, int limit, CancellationToken cancellationToken)
    {
        if (minProbability is < 0 or > 1 || double.IsNaN(minProbability))
            throw new DomainValidationException("minProbability", "minProbability is a probability between 0 and 1.");
        await using var db = contexts.CreateDbContext();
        var standing = from s in db.DuplicateSuggestions.AsNoTracking()
                       join l in db.Profiles on s.LeftProfileId equals l.Id
                       join r in db.Profiles on s.RightProfileId equals r.Id
                       where s.Status == DuplicateStatus.Pending && l.MergedIntoId == null && r.MergedIntoId == null
                       select new { s, l, r };
        var pending = await standing.CountAsync(cancellationToken);
        var rows = await standing.Where(x => x.s.Probability >= minProbability)
            .OrderByDescending(x => x.s.Probability).ThenBy(x => x.s.Id).Take(Math.Clamp(limit, 1, MaxLimit)).ToListAsync(cancellationToken);
        var refreshed = await AppSettingsStore.ReadAsync(db, DuplicateSuggestionService.RefreshedAtKey, cancellationToken);
        var contacts = await DuplicateContacts.OfProfilesAsync(db, rows.SelectMany(x => new[] { x.l.Id, x.r.Id }), cancellationToken);
        return new DuplicateReviewPage(
            rows.Select(x => new DuplicateReview(x.s, x.l, x.r,
                JsonSerializer.Deserialize<List<FieldEvidence>>(x.s.Evidence, DuplicateSuggestionService.Json) ?? [])
            {
                LeftContacts = contacts.GetValueOrDefault(x.l.Id, []),
                RightContacts = contacts.GetValueOrDefault(x.r.Id, []),
            }).ToList(),
            pending,
            refreshed is null ? null : DateTime.Parse(refreshed, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
    }

    /// <returns>The profile both are now.</returns>
    /// <exception cref="NotFoundException">No such suggestion.</exception>
    /// <exception cref="DomainValidationException">Already decided, or the profiles cannot be merged.</exception>
    public async Task<long> AcceptAsync(long id, string by, CancellationToken cancellationToken)
    {
        var suggestion = await PendingAsync(id, cancellationToken);
        var (left, right) = await AnchorsAsync(suggestion, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var link = new IdentityOverride
        {
            Kind = IdentityOverrideKind.Link, LeftType = left.Type, LeftValue = left.Value, RightType = right.Type, RightValue = right.Value,
            CreatedAt = now, CreatedBy = by,
            Reason = $"duplicate suggestion {id} accepted ({suggestion.Probability:P1})",
        };
        await resolution.LinkAsync(link, db =>
        {
            (suggestion.Status, suggestion.DecidedAt, suggestion.DecidedBy) = (DuplicateStatus.Accepted, now, by);
            db.DuplicateSuggestions.Update(suggestion);
        }, cancellationToken);
        return suggestion.LeftProfileId;
    }

    /// <exception cref="NotFoundException">No such suggestion.</exception>
    /// <exception cref="DomainValidationException">Already decided.</exception>
    public async Task RejectAsync(long id, string by, CancellationToken cancellationToken)
    {
        var suggestion = await PendingAsync(id, cancellationToken);
        await using var db = contexts.CreateDbContext();
        (suggestion.Status, suggestion.DecidedAt, suggestion.DecidedBy) = (DuplicateStatus.Rejected, time.GetUtcNow().UtcDateTime, by);
        db.DuplicateSuggestions.Update(suggestion);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<DuplicateSuggestion> PendingAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var suggestion = await db.DuplicateSuggestions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no duplicate suggestion {id}.");
        if (suggestion.Status != DuplicateStatus.Pending)
            throw new DomainValidationException("id", $"Suggestion {id} was already {suggestion.Status.ToString().ToLowerInvariant()} by {suggestion.DecidedBy}.");
        return suggestion;
    }

    /// <summary>Each profile's strongest identifier: what the link names, so rebuilds find the same two profiles.</summary>
    private async Task<(IdentifierKey Left, IdentifierKey Right)> AnchorsAsync(DuplicateSuggestion suggestion, CancellationToken cancellationToken)
    {
        var current = await rules.GetAsync(cancellationToken);
        await using var db = contexts.CreateDbContext();
        var ids = new[] { suggestion.LeftProfileId, suggestion.RightProfileId };
        var identifiers = await db.ProfileIdentifiers.AsNoTracking().Where(i => ids.Contains(i.ProfileId))
            .OrderBy(i => i.FirstEventId).ToListAsync(cancellationToken);
        IdentifierKey Strongest(long profileId) =>
            current.StrongestOf(identifiers.Where(i => i.ProfileId == profileId).Select(i => new IdentifierKey(i.Type, i.Value)))
            ?? throw new DomainValidationException("id", $"Profile {profileId} has been merged or split since the suggestion was made; refresh the suggestions.");
        return (Strongest(suggestion.LeftProfileId), Strongest(suggestion.RightProfileId));
    }
}
