using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Destinations;

/// <summary>Destinations: create, change, delete, test, resume after the circuit breaker paused one.</summary>
public sealed class DestinationService(
    IDbContextFactory<PortalDbContext> contexts,
    DestinationTypes types,
    DestinationSecrets secrets,
    DestinationTargets targets,
    ConsentCategoryService consent,
    TimeProvider time)
{
    public async Task<IReadOnlyList<DestinationSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destinations = await db.Destinations.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var connections = await db.DestinationConnections.GroupBy(c => c.DestinationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var lastRunIds = await db.DestinationRuns.GroupBy(r => r.DestinationId).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var lastRuns = await db.DestinationRuns.AsNoTracking().Where(r => lastRunIds.Contains(r.Id)).ToDictionaryAsync(r => r.DestinationId, cancellationToken);
        return destinations.Select(d => new DestinationSummary(d, connections.GetValueOrDefault(d.Id), lastRuns.GetValueOrDefault(d.Id))).ToList();
    }

    public async Task<DestinationDetails> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destination = await Find(db, id, cancellationToken);
        var connections = await (from c in db.DestinationConnections.AsNoTracking()
                                 where c.DestinationId == id
                                 join s in db.Segments on c.SegmentId equals s.Id
                                 orderby s.Name
                                 select new { Connection = c, s.Name, Members = db.DestinationMembers.Count(m => m.ConnectionId == c.Id) })
            .ToListAsync(cancellationToken);
        IReadOnlyList<string> secretsSet;
        try
        {
            secretsSet = secrets.Unprotect(destination.ProtectedSecrets).Keys.Order().ToList();
        }
        catch (DestinationSecretsUnreadableException)
        {
            secretsSet = [];
        }

        return new DestinationDetails(destination, DestinationSettings.Read(destination.Settings), secretsSet,
            connections.Select(c => new ConnectionDetails(c.Connection, c.Name, c.Members)).ToList());
    }

    public async Task<long> CreateAsync(DestinationDraft draft, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        var destination = new Destination
        {
            Name = "", Settings = "{}", CreatedAt = now, CreatedBy = user, UpdatedAt = now, UpdatedBy = user,
            Type = DestinationTypeNames.TryParse(draft.Type, out var type) ? type : default,
        };
        await ApplyAsync(db, destination, draft, new Dictionary<string, string>(), cancellationToken);
        // An event stream starts at the end of what is stored: it forwards what arrives from now on.
        if (destination.Type == DestinationType.EventWebhook)
            destination.StreamPosition = await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        db.Destinations.Add(destination);
        await db.SaveChangesAsync(cancellationToken);
        return destination.Id;
    }

    public async Task UpdateAsync(long id, DestinationDraft draft, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destination = await db.Destinations.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no destination {id}.");
        if (draft.Type is { Length: > 0 } && (!DestinationTypeNames.TryParse(draft.Type, out var type) || type != destination.Type))
            throw new DomainValidationException("type", $"A destination's type cannot change (this one is {DestinationTypeNames.Of(destination.Type)}); add a new destination instead.");
        Dictionary<string, string> stored;
        try
        {
            stored = new Dictionary<string, string>(secrets.Unprotect(destination.ProtectedSecrets));
        }
        catch (DestinationSecretsUnreadableException)
        {
            stored = [];
        }

        await ApplyAsync(db, destination, draft with { Type = DestinationTypeNames.Of(destination.Type) }, stored, cancellationToken);
        destination.UpdatedAt = time.GetUtcNow().UtcDateTime;
        destination.UpdatedBy = user;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destination = await Find(db, id, cancellationToken);
        if (await db.DestinationRuns.AnyAsync(r => r.DestinationId == id && r.Status == DestinationRunStatus.Running, cancellationToken))
            throw new DomainValidationException("destination", "A sync of this destination is running; wait for it to finish (see Runs), then delete.");
        db.Destinations.Remove(destination);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ConnectionTestResult> TestAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destination = await Find(db, id, cancellationToken);
        var type = types.Find(destination.Type) ?? throw new DomainValidationException("type", "This destination's type is not available in this build.");
        return await type.TestAsync(targets.For(destination), cancellationToken);
    }

    /// <summary>Closes the circuit breaker: the next sync runs again.</summary>
    public async Task ResumeAsync(long id, string user, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var destination = await db.Destinations.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no destination {id}.");
        destination.PausedAt = null;
        destination.PausedReason = null;
        destination.ConsecutiveFailures = 0;
        destination.UpdatedAt = time.GetUtcNow().UtcDateTime;
        destination.UpdatedBy = user;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ApplyAsync(PortalDbContext db, Destination destination, DestinationDraft draft,
        Dictionary<string, string> secretValues, CancellationToken cancellationToken)
    {
        DestinationTypeNames.TryParse(draft.Type, out var typeKey);
        var type = types.Find(typeKey);
        var settings = (draft.Settings ?? new Dictionary<string, string>())
            .Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => s.Value.Trim());
        foreach (var (key, value) in draft.Secrets ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrEmpty(value))
                secretValues.Remove(key);
            else
                secretValues[key] = value;
        }

        var target = new DestinationTarget(destination.Id, draft.Name?.Trim() ?? "", typeKey, settings, secretValues, draft.BatchSize ?? 1, draft.RequestsPerSecond);
        var errors = DestinationDraftValidator.Validate(draft, type, target, await consent.GetAsync(cancellationToken));
        var name = draft.Name?.Trim() ?? "";
        if (!errors.ContainsKey("name") && await db.Destinations.AnyAsync(d => d.Name == name && d.Id != destination.Id, cancellationToken))
            errors["name"] = [$"There is already a destination named '{name}'."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);

        destination.Name = name;
        destination.Type = typeKey;
        destination.Enabled = draft.Enabled;
        destination.Settings = DestinationSettings.Write(settings);
        destination.ProtectedSecrets = secrets.Protect(secretValues);
        destination.RequiredConsentCategory = string.IsNullOrEmpty(draft.RequiredConsentCategory) ? null : draft.RequiredConsentCategory;
        destination.BatchSize = draft.BatchSize ?? 0;
        destination.RequestsPerSecond = draft.RequestsPerSecond;
    }

    private static async Task<Destination> Find(PortalDbContext db, long id, CancellationToken cancellationToken) =>
        await db.Destinations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException($"There is no destination {id}.");
}
