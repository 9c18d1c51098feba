namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>A chart's title says what it shows: "After Home: 3 steps of 1,234 people, 2026-10-02 to 2026-10-31".</summary>
public static class PathTitles
{
    public static string Of(PathQueryDto query, PathResultDto result)
    {
        var side = query.Direction == PathDirection.After ? "After" : "Before";
        var steps = query.Depth == 1 ? "1 step" : $"{query.Depth} steps";
        return $"{side} {query.Event}: {steps} of {result.People:N0} people, {query.From:yyyy-MM-dd} to {query.To:yyyy-MM-dd}";
    }
}
