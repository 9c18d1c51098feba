using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Profiles;

/// <summary>Finds profile ids by identifier or free text, best matches first; every id is a living profile.</summary>
public sealed class ProfileMatcher(IdentityRulesService rules)
{
    public async Task<List<long>> ByIdentifierAsync(PortalDbContext db, string? type, string? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(type) || string.IsNullOrWhiteSpace(value))
            throw new DomainValidationException(string.IsNullOrWhiteSpace(type) ? "identifierType" : "identifierValue",
                "Give both identifierType (e.g. email, user_id, anonymous_id, phone) and identifierValue.");
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(await rules.GetAsync(cancellationToken)));
        var key = extractor.KeyOf(type.Trim().ToLowerInvariant(), value);
        if (key is not { } k)
            return [];
        return await db.ProfileIdentifiers.Where(i => i.Type == k.Type && i.Value == k.Value).Select(i => i.ProfileId).ToListAsync(cancellationToken);
    }

    /// <summary>Exact identifier values first, then identifier prefixes, names, and trait values containing the text.</summary>
    public async Task<List<long>> ByTextAsync(PortalDbContext db, string q, CancellationToken cancellationToken)
    {
        var spellings = new HashSet<string>(StringComparer.Ordinal) { q, q.ToLowerInvariant() };
        var identityRules = await rules.GetAsync(cancellationToken);
        if (PhoneNumbers.ToE164(q, identityRules.DefaultRegion) is { } phone)
            spellings.Add(phone);
        var found = new List<long>();
        found.AddRange(await db.ProfileIdentifiers.Where(i => spellings.Contains(i.Value)).Select(i => i.ProfileId).ToListAsync(cancellationToken));
        foreach (var prefix in spellings)
        {
            var end = prefix + '\uffff';
            found.AddRange(await db.ProfileIdentifiers
                .Where(i => i.Value.CompareTo(prefix) > 0 && i.Value.CompareTo(end) < 0)
                .OrderBy(i => i.Value).Take(ProfileSearch.MatchCap).Select(i => i.ProfileId).ToListAsync(cancellationToken));
        }

        var pattern = LikePatterns.Containing(q);
        found.AddRange(await db.Profiles.Where(p => p.MergedIntoId == null && EF.Functions.Like(p.DisplayName!, pattern, LikePatterns.Escape))
            .OrderByDescending(p => p.LastSeenAt).Take(ProfileSearch.MatchCap).Select(p => p.Id).ToListAsync(cancellationToken));
        found.AddRange(await db.ProfileTraits.Where(t => EF.Functions.Like(t.Value, pattern, LikePatterns.Escape))
            .Take(ProfileSearch.MatchCap).Select(t => t.ProfileId).ToListAsync(cancellationToken));
        return found.Distinct().ToList();
    }
}
