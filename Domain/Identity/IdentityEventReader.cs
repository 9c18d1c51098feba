using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Lodestar.Domain.Data;
using Lodestar.Domain.Events;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Identity;

/// <summary>Reads stored events in id (arrival) order, as identity resolution needs them.</summary>
public sealed class IdentityEventReader(IDbContextFactory<PortalDbContext> contexts)
{
    private const int ChunkSize = 4_096;

    /// <summary>The next events after <paramref name="afterId"/>, at most <paramref name="limit"/>.</summary>
    /// <param name="allRaw">Custom identifier types read keys of the raw message, so every message needs it.</param>
    public async Task<List<IdentityEvent>> ReadAsync(long afterId, int limit, bool allRaw, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Events.AsNoTracking().Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(limit)
            .Select(e => new IdentityEvent(
                e.Id, e.MessageId, e.Type, e.Timestamp, e.UserId, e.AnonymousId, e.PreviousId, e.Email, e.Phone, e.DeviceId,
                e.ExternalIds, allRaw || e.Type == MessageType.Identify ? e.Raw : null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Every event from the first up to <paramref name="upToId"/>. A rebuild reads millions of rows, so they are read
    /// on a thread of their own (natively on SQLite, with a plain data reader elsewhere), in chunks, while the caller
    /// resolves the previous ones.
    /// </summary>
    public async IAsyncEnumerable<IdentityEvent> StreamAsync(long upToId, bool allRaw, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var chunks = Channel.CreateBounded<IdentityEvent[]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(chunks.Writer, upToId, allRaw, stop.Token), stop.Token);
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var e in chunk)
                    yield return e;
            }
        }
        finally
        {
            // The caller stopped early (or failed): let the reader thread end before its connection is disposed.
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await producer;
    }

    public async Task<long> LastEventIdAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    private async Task ProduceAsync(ChannelWriter<IdentityEvent[]> writer, long upToId, bool allRaw, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
            {
                await SqliteEventScan.ProduceAsync(sqlite, writer, upToId, allRaw, ChunkSize, cancellationToken);
                writer.Complete();
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandTimeout = 600;
            command.CommandText = $"""
                SELECT "Id", "MessageId", "Type", "Timestamp", "UserId", "AnonymousId", "PreviousId", "Email", "Phone", "DeviceId",
                       "ExternalIds", CASE WHEN {(allRaw ? "1 = 1" : "\"Type\" = 'Identify'")} THEN "Raw" END
                FROM "Events" WHERE "Id" <= @upTo ORDER BY "Id"
                """;
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value, parameter.DbType) = ("@upTo", upToId, DbType.Int64);
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var chunk = new List<IdentityEvent>(ChunkSize);
            while (reader.Read())
            {
                chunk.Add(Read(reader));
                if (chunk.Count < ChunkSize)
                    continue;
                await writer.WriteAsync([.. chunk], cancellationToken);
                chunk.Clear();
            }

            if (chunk.Count > 0)
                await writer.WriteAsync([.. chunk], cancellationToken);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    private static IdentityEvent Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Enum.Parse<MessageType>(r.GetString(2)), DateTime.SpecifyKind(r.GetDateTime(3), DateTimeKind.Utc),
        Text(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9), Text(r, 10), Text(r, 11));

    private static string? Text(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
