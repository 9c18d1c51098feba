using Lodestar.Portal.Client.Features.Segments;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>How often a connected segment is synced: on demand only (0), or every 15 minutes to a week, as the server accepts.</summary>
public static class SyncSchedules
{
    public static IReadOnlyList<int> Minutes { get; } = [0, 15, 60, 360, 1_440, 10_080];

    /// <summary>The choices, with <paramref name="current"/> among them even when it is not a usual one (set through the API).</summary>
    public static IReadOnlyList<int> With(int current) => Minutes.Contains(current) ? Minutes : [.. Minutes.Append(current).Order()];

    public static string Label(int minutes) => minutes == 0 ? "on demand" : RefreshIntervals.Label(minutes);
}
