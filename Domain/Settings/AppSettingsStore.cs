using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Settings;

/// <summary>Reads and writes <see cref="AppSetting"/> values.</summary>
public sealed class AppSettingsStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await ReadAsync(db, key, cancellationToken);
    }

    /// <summary>A setting's value read in a context the caller owns (inside its own transaction).</summary>
    public static Task<string?> ReadAsync(PortalDbContext db, string key, CancellationToken cancellationToken) =>
        db.AppSettings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await StageAsync(db, key, value, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Forgets a setting, so its default applies again.</summary>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.AppSettings.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Adds or updates a setting in a context the caller saves (inside its own transaction).</summary>
    public static async Task StageAsync(PortalDbContext db, string key, string value, DateTime now, CancellationToken cancellationToken)
    {
        var setting = await db.AppSettings.FindAsync([key], cancellationToken);
        if (setting is null)
            db.AppSettings.Add(new AppSetting { Key = key, Value = value, UpdatedAt = now });
        else
        {
            setting.Value = value;
            setting.UpdatedAt = now;
        }
    }
}
