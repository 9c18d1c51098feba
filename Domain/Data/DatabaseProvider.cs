namespace Lodestar.Domain.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
