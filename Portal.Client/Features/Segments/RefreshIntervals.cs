namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>How often a segment can be recomputed (15 minutes to a week, as the server accepts), in words.</summary>
public static class RefreshIntervals
{
    public static IReadOnlyList<int> Minutes { get; } = [15, 30, 60, 180, 360, 720, 1_440, 10_080];

    /// <summary>The choices, with <paramref name="current"/> among them even when it is not a usual one (set through the API).</summary>
    public static IReadOnlyList<int> With(int current) => Minutes.Contains(current) ? Minutes : [.. Minutes.Append(current).Order()];

    public static string Label(int minutes) => minutes switch
    {
        60 => "every hour",
        1_440 => "every day",
        10_080 => "every week",
        _ when minutes % 1_440 == 0 => $"every {minutes / 1_440} days",
        _ when minutes % 60 == 0 => $"every {minutes / 60} hours",
        _ => $"every {minutes} minutes",
    };
}
