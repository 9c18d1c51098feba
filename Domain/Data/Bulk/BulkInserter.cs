using System.Data.Common;

namespace Lodestar.Domain.Data.Bulk;

/// <summary>
/// Multi-row <c>INSERT … VALUES (…), (…)</c> with one command reused for every full chunk (the provider keeps it
/// compiled), the same SQL on SQLite and SQL Server. Statements stay small: binding named parameters costs more per
/// parameter the more a statement has (5M two-column rows: 23 s at 1,000 parameters per statement, 6 s at 50).
/// </summary>
public sealed class BulkInserter : IAsyncDisposable
{
    private const int MaxParameters = 64;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly int _rowsPerChunk;
    private DbCommand? _fullChunk;

    public BulkInserter(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
        _rowsPerChunk = Math.Max(1, MaxParameters / columns.Length);
    }

    public async Task InsertAsync<T>(IReadOnlyList<T> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += _rowsPerChunk)
        {
            var count = Math.Min(_rowsPerChunk, rows.Count - start);
            var command = count == _rowsPerChunk ? _fullChunk ??= Create(_rowsPerChunk) : Create(count);
            for (var r = 0; r < count; r++)
            {
                var row = values(rows[start + r]);
                for (var c = 0; c < _columns.Length; c++)
                    command.Parameters[r * _columns.Length + c].Value = row[c] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            if (command != _fullChunk)
                await command.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => _fullChunk?.DisposeAsync() ?? ValueTask.CompletedTask;

    private DbCommand Create(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var tuples = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new string[_columns.Length];
            for (var c = 0; c < _columns.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = names[c] = $"@p{r * _columns.Length + c}";
                command.Parameters.Add(parameter);
            }

            tuples.Add("(" + string.Join(", ", names) + ")");
        }

        command.CommandText = $"INSERT INTO \"{_table}\" ({string.Join(", ", _columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", tuples)}";
        return command;
    }
}
