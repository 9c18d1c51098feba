using System.Globalization;

namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>Reads a test's text operands as their type (invariant culture), as the Domain's <c>RuleValues</c> does.</summary>
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
}
