using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Data;

/// <summary>The production provider. Migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options) : PortalDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
