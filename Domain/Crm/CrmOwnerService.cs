using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>The portal users who can own CRM records: everyone who can still sign in, by name.</summary>
public sealed class CrmOwnerService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<(string Id, string Name)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        // DateTimeOffset comparisons do not translate on SQLite, so the locked-out (disabled) users are left out here.
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        return users.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => (u.Id, CrmLookups.OwnerName(u))).OrderBy(u => u.Item2, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
