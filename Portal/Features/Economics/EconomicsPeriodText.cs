using System.Globalization;
using Lodestar.Domain;

namespace Lodestar.Portal.Features.Economics;

/// <summary>The from/to of an economics request: YYYY-MM-DD or YYYY-MM, either may be left out.</summary>
internal static class EconomicsPeriodText
{
    /// <exception cref="DomainValidationException">A date that is neither, with what else was already wrong in <paramref name="errors"/>.</exception>
    public static (DateOnly? From, DateOnly? To) Parse(string? from, string? to, Dictionary<string, string[]>? errors = null)
    {
        errors ??= [];
        var first = Day(from, "from", errors);
        var last = Day(to, "to", errors);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return (first, last);
    }

    private static DateOnly? Day(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[field] = [$"'{text}' is not a date: write YYYY-MM-DD (or YYYY-MM), e.g. 2026-01-01."];
        return null;
    }
}
