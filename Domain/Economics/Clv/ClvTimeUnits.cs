namespace Lodestar.Domain.Economics.Clv;

/// <summary>Lengths of the <see cref="ClvTimeUnit"/>s: a week is 7 days, a month 365.25 / 12 days (the mean Gregorian month).</summary>
public static class ClvTimeUnits
{
    public const double DaysPerMonth = 365.25 / 12;

    public static double DaysPer(ClvTimeUnit unit) => unit switch
    {
        ClvTimeUnit.Day => 1,
        ClvTimeUnit.Week => 7,
        ClvTimeUnit.Month => DaysPerMonth,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown time unit."),
    };

    /// <summary>How many model time units one month holds (4.348 weeks, 30.44 days, 1 month).</summary>
    public static double PerMonth(ClvTimeUnit unit) => DaysPerMonth / DaysPer(unit);

    /// <summary>Reads "day", "week" or "month" (any case, singular or plural).</summary>
    public static bool TryParse(string? text, out ClvTimeUnit unit)
    {
        unit = default;
        var name = text?.Trim().ToLowerInvariant();
        if (name is { Length: > 1 } && name.EndsWith('s'))
            name = name[..^1];
        switch (name)
        {
            case "day": unit = ClvTimeUnit.Day; return true;
            case "week": unit = ClvTimeUnit.Week; return true;
            case "month": unit = ClvTimeUnit.Month; return true;
            default: return false;
        }
    }
}
