using System.Globalization;
using System.Text.Json;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity.Matching;
using Lodestar.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>
/// Finds profiles that are probably one person although no identifier links them (Fellegi–Sunter over their name,
/// address, birthday, phone and email traits) and keeps the review queue: new pairs are added, pending pairs get the
/// new score or leave when no longer suggested, and pairs someone decided on stay decided.
/// </summary>
public sealed class DuplicateSuggestionService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    internal const string RefreshedAtKey = "duplicates.refreshedAt";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>How many suggestions are pending now.</returns>
    public async Task<int> RefreshAsync(IJobProgress? progress, CancellationToken cancellationToken)
    {
        if (progress is not null)
            await progress.ReportAsync(0, "Reading profile traits", cancellationToken);
        var (records, userIds) = await ReadRecordsAsync(cancellationToken);
        if (progress is not null)
            await progress.ReportAsync(0.2, $"Comparing {records.Count:N0} named profiles", cancellationToken);
        var found = records.Count < 2 ? [] : new DuplicateFinder().Find(records, null, null, cancellationToken).Pairs;
        // Two userIds are never one person to identity resolution, so such a pair could not be accepted.
        var mergeable = found.Select(p => (Left: long.Parse(p.Left.Id, CultureInfo.InvariantCulture), Right: long.Parse(p.Right.Id, CultureInfo.InvariantCulture), Pair: p))
            .Select(p => p.Left < p.Right ? p : (Left: p.Right, Right: p.Left, p.Pair))
            .Where(p => !(userIds.Contains(p.Left) && userIds.Contains(p.Right)))
            .ToDictionary(p => (p.Left, p.Right), p => p.Pair);
        if (progress is not null)
            await progress.ReportAsync(0.9, $"Saving {mergeable.Count:N0} suggestions", cancellationToken);
        return await SaveAsync(mergeable, cancellationToken);
    }

    private async Task<(List<PersonRecord> Records, HashSet<long> UserIds)> ReadRecordsAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var keys = ProfilePersonRecords.TraitKeys.ToList();
        var traits = await (from t in db.ProfileTraits.AsNoTracking()
                            join p in db.Profiles on t.ProfileId equals p.Id
                            where p.MergedIntoId == null && keys.Contains(t.Key)
                            select new { t.ProfileId, t.Key, t.Value }).ToListAsync(cancellationToken);
        var records = traits.GroupBy(t => t.ProfileId).OrderBy(g => g.Key)
            .Select(g => ProfilePersonRecords.FromTraits(g.Key, g.ToDictionary(t => t.Key, t => t.Value)))
            .OfType<PersonRecord>().ToList();
        var userIds = (await db.ProfileIdentifiers.AsNoTracking().Where(i => i.Type == IdentifierTypes.UserId)
            .Select(i => i.ProfileId).ToListAsync(cancellationToken)).ToHashSet();
        return (records, userIds);
    }

    private async Task<int> SaveAsync(Dictionary<(long Left, long Right), DuplicatePair> pairs, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        var stored = await db.DuplicateSuggestions.ToDictionaryAsync(s => (s.LeftProfileId, s.RightProfileId), cancellationToken);
        foreach (var (key, suggestion) in stored.Where(s => s.Value.Status == DuplicateStatus.Pending && !pairs.ContainsKey(s.Key)))
            db.DuplicateSuggestions.Remove(suggestion);
        foreach (var ((left, right), pair) in pairs)
        {
            var evidence = JsonSerializer.Serialize(pair.Evidence, Json);
            if (!stored.TryGetValue((left, right), out var suggestion))
            {
                db.DuplicateSuggestions.Add(new DuplicateSuggestion
                {
                    LeftProfileId = left, RightProfileId = right, Probability = pair.Probability, Evidence = evidence, CreatedAt = now,
                });
            }
            else if (suggestion.Status == DuplicateStatus.Pending)
            {
                (suggestion.Probability, suggestion.Evidence) = (pair.Probability, evidence);
            }
        }

        await MarkRefreshedAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.DuplicateSuggestions.CountAsync(s => s.Status == DuplicateStatus.Pending, cancellationToken);
    }

    private static Task MarkRefreshedAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken) =>
        Settings.AppSettingsStore.StageAsync(db, RefreshedAtKey, now.ToString("O", CultureInfo.InvariantCulture), now, cancellationToken);
}
