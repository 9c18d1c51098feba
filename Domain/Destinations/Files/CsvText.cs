using System.Globalization;

namespace Lodestar.Domain.Destinations.Files;

/// <summary>CSV lines (RFC 4180) whose cells a spreadsheet opens as text, never as a formula.</summary>
public static class CsvText
{
    public static string Line(IEnumerable<string?> values) => string.Join(',', values.Select(Field)) + "\r\n";

    /// <summary>
    /// Quoted when needed; a value starting with =, +, -, @, a tab or a carriage return that is not a number gets a
    /// leading apostrophe, so a spreadsheet does not run a trait someone typed (=HYPERLINK(…)) as a formula.
    /// </summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
