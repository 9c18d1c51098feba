using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Lodestar.Domain.Data;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without a server.</summary>
internal sealed class DesignTimeSqlServerContextFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer("Server=.;Database=Lodestar;Trusted_Connection=True").Options);
}
