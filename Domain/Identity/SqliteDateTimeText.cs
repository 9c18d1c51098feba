using System.Globalization;
using System.Text;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Reads the text SQLite stores a DateTime as (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, what Microsoft.Data.Sqlite writes)
/// without going through a general parser; anything else falls back to one. The value is UTC, as everything stored is.
/// </summary>
internal static class SqliteDateTimeText
{
    public static DateTime Parse(ReadOnlySpan<byte> text)
    {
        if (TryParseFixed(text, out var value))
            return value;
        return DateTime.SpecifyKind(DateTime.Parse(Encoding.UTF8.GetString(text), CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc);
    }

    /// <summary>The same, for text the ADO.NET reader already decoded (the fixed format is ASCII).</summary>
    public static DateTime Parse(string text)
    {
        Span<byte> bytes = stackalloc byte[32];
        return text.Length <= bytes.Length && System.Text.Ascii.FromUtf16(text, bytes, out var written) == System.Buffers.OperationStatus.Done
            ? Parse(bytes[..written])
            : Parse(Encoding.UTF8.GetBytes(text));
    }

    private static bool TryParseFixed(ReadOnlySpan<byte> t, out DateTime value)
    {
        value = default;
        if (t.Length < 19 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':'
            || (t.Length > 19 && (t[19] != '.' || t.Length == 20 || t.Length > 27)))
            return false;
        if (!Digits(t, 0, 4, out var year) || !Digits(t, 5, 2, out var month) || !Digits(t, 8, 2, out var day)
            || !Digits(t, 11, 2, out var hour) || !Digits(t, 14, 2, out var minute) || !Digits(t, 17, 2, out var second))
            return false;
        var ticks = 0;
        if (t.Length > 19)
        {
            if (!Digits(t, 20, t.Length - 20, out ticks))
                return false;
            for (var scale = t.Length - 20; scale < 7; scale++)
                ticks *= 10;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59)
            return false;
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        foreach (var b in text.Slice(start, count))
        {
            if (b is < (byte)'0' or > (byte)'9')
                return false;
            value = value * 10 + (b - '0');
        }

        return true;
    }
}
