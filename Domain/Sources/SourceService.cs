using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Sources;

/// <summary>Creating and changing sources (write keys). Ingestion sees changes at once on this node.</summary>
public sealed class SourceService(IDbContextFactory<PortalDbContext> contexts, SourceDirectory directory, TimeProvider time)
{
    public const string DefaultSourceName = "Default";

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }

    public async Task<Source> CreateAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var cleanName = await ValidateNameAsync(db, name, null, cancellationToken);
        var source = new Source { Name = cleanName, WriteKey = WriteKeys.Generate(), CreatedAt = time.GetUtcNow().UtcDateTime };
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return source;
    }

    public Task<Source> UpdateAsync(int id, string name, bool enabled, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (db, source) =>
        {
            source.Name = await ValidateNameAsync(db, name, id, cancellationToken);
            source.Enabled = enabled;
        }, cancellationToken);

    /// <summary>A new write key; clients still sending the old one get 401 from now on.</summary>
    public Task<Source> RotateWriteKeyAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (_, source) =>
        {
            source.WriteKey = WriteKeys.Generate();
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// Makes sure the default source exists; when <c>Ingestion:DefaultWriteKey</c> is configured, that is its key.
    /// </summary>
    public async Task<Source> EnsureDefaultAsync(string? configuredWriteKey, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var source = await db.Sources.FirstOrDefaultAsync(s => s.IsDefault, cancellationToken);
        if (source is null)
        {
            source = new Source
            {
                Name = DefaultSourceName,
                WriteKey = WriteKeys.Generate(),
                IsDefault = true,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            db.Sources.Add(source);
        }

        if (!string.IsNullOrWhiteSpace(configuredWriteKey))
        {
            var holder = await db.Sources.FirstOrDefaultAsync(s => s.WriteKey == configuredWriteKey, cancellationToken);
            if (holder is not null && holder != source)
                throw new InvalidOperationException(
                    $"Ingestion:DefaultWriteKey is already the write key of the source '{holder.Name}'. Rotate that source's key or configure another one.");
            source.WriteKey = configuredWriteKey.Trim();
        }

        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return source;
    }

    /// <summary>Finds a source by name, creating it when missing (used for the demo workspace's sources).</summary>
    public async Task<Source> EnsureAsync(string name, CancellationToken cancellationToken)
    {
        await using (var db = contexts.CreateDbContext())
        {
            var existing = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
            if (existing is not null)
                return existing;
        }

        return await CreateAsync(name, cancellationToken);
    }

    private async Task<Source> ChangeAsync(int id, Func<PortalDbContext, Source, Task> change, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var source = await db.Sources.FindAsync([id], cancellationToken)
            ?? throw new NotFoundException($"There is no source with id {id}.");
        await change(db, source);
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return source;
    }

    private static async Task<string> ValidateNameAsync(PortalDbContext db, string? name, int? id, CancellationToken cancellationToken)
    {
        var clean = name?.Trim() ?? "";
        if (clean.Length == 0)
            throw new DomainValidationException("name", "Give the source a name, such as 'Website' or 'iOS app'.");
        if (clean.Length > 100)
            throw new DomainValidationException("name", "A source name can be at most 100 characters.");
        var lower = clean.ToLowerInvariant();
        var taken = await db.Sources.AnyAsync(s => s.Name.ToLower() == lower && s.Id != id, cancellationToken);
        if (taken)
            throw new DomainValidationException("name", $"A source named '{clean}' already exists.");
        return clean;
    }
}
