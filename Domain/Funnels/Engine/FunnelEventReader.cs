using System.Data.Common;
using System.Runtime.CompilerServices;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// Runs EF Core's SQL for a funnel read but reads the rows itself: at R1 a funnel reads hundreds of thousands of rows
/// and EF's materialisation, with SQLite's timestamps parsed by DateTime.Parse, took most of the query's time.
/// The columns come in the order <see cref="FunnelProjection"/> binds them.
/// </summary>
internal static class FunnelEventReader
{
    public static async IAsyncEnumerable<FunnelEventData> ReadAsync(PortalDbContext db, IQueryable<FunnelEventData> query,
        FunnelQuery funnel, [EnumeratorCancellation] CancellationToken cancellationToken)
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
            yield return new FunnelEventData
            {
                ProfileId = reader.GetInt64(0),
                Timestamp = sqlite ? SqliteDateTimeText.Parse(reader.GetString(1)) : DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
                EventId = reader.GetInt64(2),
                Breakdown = breakdown ? Text(reader, c++) : null,
                Hold1 = holds > 0 ? Text(reader, c++) : null,
                Hold2 = holds > 1 ? Text(reader, c++) : null,
                Hold3 = holds > 2 ? Text(reader, c++) : null,
                Value = value && !reader.IsDBNull(c) ? Convert.ToDouble(reader.GetValue(c), System.Globalization.CultureInfo.InvariantCulture) : null,
            };
        }
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
