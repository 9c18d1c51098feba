using System.Globalization;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>Reads a test's text operands as their type (invariant culture); dates are UTC.</summary>
public static class RuleValues
{
    public static bool TryNumber(string? text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryBoolean(string? text, out bool value) => bool.TryParse(text?.Trim(), out value);

    public static bool TryDate(string? text, out DateTime value)
    {
        var ok = DateTime.TryParse(text?.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
        value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return ok;
    }

    public static double Number(string? text) => TryNumber(text, out var value) ? value : throw Invalid(text, "number");

    public static DateTime Date(string? text) => TryDate(text, out var value) ? value : throw Invalid(text, "date");

    private static ArgumentException Invalid(string? text, string type) => new($"'{text}' is not a {type}.");
}
