namespace Lodestar.Domain.Privacy.Retention;

/// <summary>Bounds of retention limits and of the report's columns.</summary>
public static class RetentionLimits
{
    /// <summary>Ten years; longer is "keep forever".</summary>
    public const int MaxDays = 3_650;

    public const int ClassLength = 64;

    public const int NoteLength = 1_000;

    public const int ErrorLength = 2_000;

    /// <summary>Reports one request returns at most.</summary>
    public const int MaxReports = 200;
}
