namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>Sankey data for a <see cref="PathQueryDto"/>.</summary>
public sealed class PathResultDto
{
    public List<PathNodeDto> Nodes { get; set; } = [];

    public List<PathLinkDto> Links { get; set; } = [];

    /// <summary>People who did the chosen event in the range.</summary>
    public long People { get; set; }

    public DateTime ComputedAt { get; set; }

    /// <summary>How many stored events the query read.</summary>
    public long EventsRead { get; set; }
}
