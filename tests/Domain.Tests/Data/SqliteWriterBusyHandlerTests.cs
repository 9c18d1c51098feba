using System.Diagnostics;
using Lodestar.Domain.Data;
using Lodestar.Domain.Ingestion;
using Lodestar.Domain.Tests.Ingestion;
using Lodestar.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Tests.Data;

public sealed class SqliteWriterBusyHandlerTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public void ShouldRetry_UpToAbout30Seconds_RetriesThenGivesUp()
    {
        Assert.True(SqliteWriterBusyHandler.ShouldRetry(0));
        Assert.True(SqliteWriterBusyHandler.ShouldRetry(SqliteWriterBusyHandler.MaxRetries - 1));
        Assert.False(SqliteWriterBusyHandler.ShouldRetry(SqliteWriterBusyHandler.MaxRetries));
    }

    /// <summary>
    /// Another connection holds the write lock for 235 ms after the insert began. SQLite's default handler would have
    /// slept until 328 ms (its tries are at 228 then 328 ms), 93 ms after the commit; the sink's handler gets in within
    /// a few milliseconds, plus its own commit.
    /// </summary>
    [Fact]
    public async Task InsertAsync_AnotherConnectionHoldsTheWriteLock_WritesSoonAfterItCommits()
    {
        await using var host = await DomainTestHost.StartAsync();
        var connectionString = host.Get<IOptions<DatabaseOptions>>().Value.ConnectionString;
        await using var sink = await SqliteEventSink.OpenAsync(connectionString, Ct);
        await sink.InsertAsync([EventSinkTests.Event("warm")], Ct);
        await using var holder = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await holder.OpenAsync(Ct);
        await ExecuteAsync(holder, "BEGIN IMMEDIATE;");
        var clock = Stopwatch.StartNew();
        var started = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);

        var insert = Task.Run(async () =>
        {
            started.SetResult(clock.Elapsed);
            var inserted = await sink.InsertAsync([EventSinkTests.Event("waiting")], Ct);
            return (inserted, clock.Elapsed);
        }, Ct);
        var began = await started.Task;
        // On a loaded machine the thread pool can come back later than 235 ms; the lock is then simply held longer.
        var left = began + TimeSpan.FromMilliseconds(235) - clock.Elapsed;
        if (left > TimeSpan.Zero)
            await Task.Delay(left, Ct);
        Assert.False(insert.IsCompleted);
        await ExecuteAsync(holder, "COMMIT;");
        var committed = clock.Elapsed;
        var (result, finished) = await insert;

        Assert.Equal([true], result);
        Assert.True(finished > committed, $"The insert finished at {finished.TotalMilliseconds} ms, before the lock was released.");
        Assert.True(finished - committed < TimeSpan.FromMilliseconds(60),
            $"The insert finished {(finished - committed).TotalMilliseconds:F1} ms after the lock was released.");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
