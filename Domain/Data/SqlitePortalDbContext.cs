using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Data;

/// <summary>The embedded default. Migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
