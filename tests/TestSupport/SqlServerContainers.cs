using Testcontainers.MsSql;

namespace Lodestar.Testing;

/// <summary>The SQL Server that provider tests run against where a Docker engine exists.</summary>
public static class SqlServerContainers
{
    public const string Image = "mcr.microsoft.com/mssql/server:2022-latest";

    public static MsSqlContainer Create() => new MsSqlBuilder(Image).Build();
}
