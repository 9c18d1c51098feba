namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>The answer to a <see cref="FunnelQueryDto"/>.</summary>
public sealed class FunnelResultDto
{
    public List<FunnelStepResultDto> Steps { get; set; } = [];

    /// <summary>Empty without a breakdown; otherwise the top values by entries, then "Other" and "(none)" when present.</summary>
    public List<FunnelBreakdownGroupDto> Breakdown { get; set; } = [];

    /// <summary>Empty unless the query asked for a trend.</summary>
    public List<FunnelTrendPointDto> Trend { get; set; } = [];

    public FunnelValueResultDto? Value { get; set; }

    public DateTime ComputedAt { get; set; }

    /// <summary>How many stored events the query read.</summary>
    public long EventsRead { get; set; }
}
