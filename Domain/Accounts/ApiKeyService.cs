using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Accounts;

/// <summary>Creates, lists, revokes and checks management API keys.</summary>
public sealed class ApiKeyService(IDbContextFactory<PortalDbContext> contexts, IOptions<AccountOptions> options, TimeProvider time)
{
    /// <summary>Recording every use would write on every API call; once a minute is enough to see a key is in use.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ToListAsync(cancellationToken);
    }

    public async Task<CreatedApiKey> CreateAsync(string name, string role, string? createdBy, CancellationToken cancellationToken)
    {
        var clean = name?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>();
        if (clean.Length is 0 or > 100)
            errors["name"] = ["Name the key after what uses it (1–100 characters), such as 'Nightly export'."];
        if (!PortalRoleNames.IsKnown(role))
            errors["role"] = [$"The role must be one of {string.Join(", ", PortalRoleNames.All)}."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);

        var (secret, prefix) = ApiKeyFormat.Generate();
        var key = new ApiKey
        {
            Name = clean,
            Prefix = prefix,
            Hash = ApiKeyFormat.Hash(secret),
            Role = role,
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var db = contexts.CreateDbContext();
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(key, secret);
    }

    /// <returns>The key, revoked (revoking it again changes nothing).</returns>
    public async Task<ApiKey> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var key = await db.ApiKeys.FindAsync([id], cancellationToken)
            ?? throw new NotFoundException($"There is no API key with id {id}.");
        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <returns>The identity the key speaks for, or null when it is unknown or revoked.</returns>
    public async Task<ApiKeyIdentity?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented))
            return null;
        var bootstrap = options.Value.BootstrapApiKey;
        if (!string.IsNullOrWhiteSpace(bootstrap) && ApiKeyFormat.Matches(presented, bootstrap))
            return new ApiKeyIdentity(null, "Bootstrap API key", PortalRoleNames.Admin);

        var hash = ApiKeyFormat.Hash(presented);
        await using var db = contexts.CreateDbContext();
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
        if (key is null)
            return null;
        var now = time.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiKeyIdentity(key.Id, key.Name, key.Role);
    }
}
