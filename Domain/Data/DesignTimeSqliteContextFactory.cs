using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lodestar.Domain.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the portal.</summary>
internal sealed class DesignTimeSqliteContextFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=design.db").Options);
}
