using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lodestar.Domain.Data;

/// <summary>Marks DateTime values read from the database as UTC (SQLite and datetime2 do not keep the kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
