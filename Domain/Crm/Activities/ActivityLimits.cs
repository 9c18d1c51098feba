namespace Lodestar.Domain.Crm.Activities;

public static class ActivityLimits
{
    public const int Subject = 200;
    public const int Body = 10_000;

    /// <summary>A day: a longer call or meeting is a typo.</summary>
    public const int MaxDurationMinutes = 1_440;
}
