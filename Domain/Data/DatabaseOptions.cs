namespace Lodestar.Domain.Data;

/// <summary>Which database the portal uses: <c>Database:Provider</c> and <c>ConnectionStrings:Portal</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "";
}
