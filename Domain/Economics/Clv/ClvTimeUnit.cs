namespace Lodestar.Domain.Economics.Clv;

/// <summary>
/// The unit in which t_x, T, α and forecast horizons are expressed. Explicit because a model fitted in weeks and read
/// as if in days gives numbers that look plausible and are wrong.
/// </summary>
public enum ClvTimeUnit
{
    Day,
    Week,
    Month,
}
