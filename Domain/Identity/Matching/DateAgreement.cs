namespace Lodestar.Domain.Identity.Matching;

/// <summary>How close two dates of birth are, best first.</summary>
public enum DateAgreement
{
    Exact,

    /// <summary>Day and month swapped (the US/European ordering mix-up); year equal.</summary>
    DayMonthTransposed,

    /// <summary>Two of year, month and day equal: one mistyped field.</summary>
    OneFieldOff,

    Far,
}
