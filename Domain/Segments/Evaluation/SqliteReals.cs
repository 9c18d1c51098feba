using System.Globalization;
using System.Text;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// How SQLite writes a real as text (<c>CAST(x AS TEXT)</c>, checked against SQLite 3.53 in the tests): 15 significant
/// digits when they read back as the same number, else 17; trailing zeros dropped but one decimal kept
/// (<c>100.0</c>, <c>10.5</c>); plain notation from 1e-4 to below 1e17, else <c>1.0e+20</c>, <c>1.5e-07</c>.
/// Subnormal numbers (below 2.2e-308) may differ in their last digits.
/// </summary>
internal static class SqliteReals
{
    public static string ToText(double value)
    {
        if (double.IsNaN(value))
            return "NaN";
        if (double.IsInfinity(value))
            return value > 0 ? "Inf" : "-Inf";
        if (value == 0)
            return "0.0";
        var scientific = value.ToString("E14", CultureInfo.InvariantCulture);
        if (double.Parse(scientific, NumberStyles.Float, CultureInfo.InvariantCulture) != value)
            scientific = value.ToString("E16", CultureInfo.InvariantCulture);
        var e = scientific.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(scientific.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var digits = scientific[..e].Replace("-", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).TrimEnd('0');
        var text = new StringBuilder(value < 0 ? "-" : "");
        if (exponent is < -4 or >= 17)
        {
            text.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0");
            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (exponent < 0)
            text.Append("0.").Append('0', -exponent - 1).Append(digits);
        else
        {
            var whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
            var fraction = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
            text.Append(whole).Append('.').Append(fraction);
        }

        return text.ToString();
    }
}
