using System.Data.Common;
using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Runs EF Core's SQL for a funnel read but reads the rows itself: at R1 a funnel reads hundreds of thousands of rows
/// and EF's materialisation, with SQLite's timestamps parsed by DateTime.Parse, took most of the query's time.
/// The columns come in the order <see cref="FunnelProjection"/> binds them.
/// </summary>
internal static class FunnelEventReader
{
    /// <summary>Adds the rows to <paramref name="rows"/> (without step bits: the cache keeps a read for any query that needs it).</summary>
    public static async Task ReadAsync(PortalDbContext db, IQueryable<FunnelEventData> query, FunnelQuery funnel,
        List<FunnelEventRow> rows, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = query.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        var breakdown = funnel.Breakdown is { Source: FunnelBreakdownSource.Event };
        var holds = funnel.HoldConstant.Count;
        var value = funnel.ValueProperty is not null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var c = 3;
            var profile = reader.GetInt64(0);
            var timestamp = StoredTimes.Read(reader, 1, sqlite);
            var eventId = reader.GetInt64(2);
            var group = breakdown ? Text(reader, c++) : null;
            var hold = holds > 0 ? HoldKey(reader, ref c, holds) : null;
            double? number = value && !reader.IsDBNull(c) ? Convert.ToDouble(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture) : null;
            rows.Add(new FunnelEventRow(profile, timestamp, eventId, 0, 0, group, hold, number));
        }
    }

    /// <summary>The held-constant values as one key; null when any is missing (such an event cannot be a step).</summary>
    private static string? HoldKey(DbDataReader reader, ref int c, int holds)
    {
        string? key = null;
        var missing = false;
        for (var h = 0; h < holds; h++)
        {
            var part = Text(reader, c++);
            missing |= part is null;
            key = h == 0 ? part : key + "\u001f" + part;
        }

        return missing ? null : key;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
