using Lodestar.Domain.Paths;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Features.Funnels;

namespace Lodestar.Portal.Features.Paths;

/// <summary>Between the paths contract and the Domain's paths types.</summary>
internal static class PathMapping
{
    public static PathQuery ToDomain(PathQueryDto dto) => new()
    {
        Event = dto.Event ?? "",
        Filters = FunnelMapping.Filters(dto.Filters),
        Direction = Enum.Parse<Domain.Paths.PathDirection>(dto.Direction.ToString()),
        Depth = dto.Depth,
        TopN = dto.TopN,
        From = dto.From,
        To = dto.To,
        CollapseRepeats = dto.CollapseRepeats,
    };

    public static PathResultDto ToDto(PathResult r) => new()
    {
        Nodes = [.. r.Nodes.Select(n => new PathNodeDto(n.Id, n.Label, n.Depth, n.People, n.IsOther))],
        Links = [.. r.Links.Select(l => new PathLinkDto(l.Source, l.Target, l.Count))],
        People = r.People,
        ComputedAt = r.ComputedAt,
        EventsRead = r.EventsRead,
    };
}
