using System.Data.Common;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Data;

/// <summary>
/// A UTC time column read by ordinal from EF Core's own SQL (readers that skip EF's materialisation for speed): SQLite
/// stores the text EF wrote, parsed without DateTime.Parse; SQL Server returns datetime2 without a kind.
/// </summary>
internal static class StoredTimes
{
    public static DateTime Read(DbDataReader reader, int ordinal, bool sqlite) =>
        sqlite ? SqliteDateTimeText.Parse(reader.GetString(ordinal)) : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);
}
