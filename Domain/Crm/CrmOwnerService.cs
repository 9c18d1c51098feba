using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>The portal users who can own CRM records: everyone who can still sign in, by name.</summary>
public sealed class CrmOwnerService(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<(string Id, string Name)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        // Disabled users are locked out for ever; DateTimeOffset comparisons do not translate on SQLite, so filter here.
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.Email, u.UserName, u.LockoutEnd }).ToListAsync(cancellationToken);
        return users.Where(u => u.LockoutEnd is null || u.LockoutEnd < DateTimeOffset.UtcNow.AddYears(100))
            .Select(u => (u.Id, u.DisplayName ?? u.Email ?? u.UserName ?? u.Id)).OrderBy(u => u.Item2, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
