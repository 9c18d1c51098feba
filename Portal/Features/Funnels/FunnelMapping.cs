using System.Text.Json;
using Lodestar.Domain.Funnels;
using Lodestar.Domain.Segments.Rules;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Features.Funnels;

/// <summary>Between the funnel contract and the Domain's funnel types.</summary>
internal static class FunnelMapping
{
    /// <summary>Longer than any valid window, so that an absurd value reaches the validator instead of overflowing.</summary>
    private static readonly TimeSpan TooLong = FunnelQueryValidator.MaxWindow + TimeSpan.FromDays(1);

    public static FunnelQuery ToDomain(FunnelQueryDto dto) => new()
    {
        Steps = [.. (dto.Steps ?? []).Select(s => new FunnelStep(s.Event ?? "", Filters(s.Filters), s.Optional, s.Window is null ? null : ToTimeSpan(s.Window), s.Label))],
        From = dto.From,
        To = dto.To,
        Window = ToTimeSpan(dto.ConversionWindow ?? new FunnelWindowDto()),
        Order = Enum.Parse<Domain.Funnels.FunnelOrder>(dto.Order.ToString()),
        Exclusions = [.. (dto.Exclusions ?? []).Select(x => new FunnelExclusion(x.Event ?? "", Filters(x.Filters), x.FromStep, x.ToStep))],
        HoldConstant = dto.HoldConstant ?? [],
        CountBy = Enum.Parse<Domain.Funnels.FunnelCounting>(dto.CountBy.ToString()),
        Breakdown = dto.Breakdown is { } b
            ? new FunnelBreakdown(Enum.Parse<Domain.Funnels.FunnelBreakdownSource>(b.Source.ToString()), b.Property ?? "",
                Enum.Parse<Domain.Funnels.FunnelAttribution>(b.Attribution.ToString()), b.Step, b.Limit)
            : null,
        ValueProperty = dto.Value?.Property,
        Trend = dto.Trend is { } t ? Enum.Parse<Domain.Funnels.FunnelInterval>(t.ToString()) : null,
    };

    public static Domain.Funnels.FunnelOutcome ToDomain(Client.Features.Funnels.FunnelOutcome outcome) =>
        Enum.Parse<Domain.Funnels.FunnelOutcome>(outcome.ToString());

    public static TimeSpan ToTimeSpan(FunnelWindowDto window)
    {
        var seconds = (double)window.Value * window.Unit switch
        {
            FunnelWindowUnit.Second => 1,
            FunnelWindowUnit.Minute => 60,
            FunnelWindowUnit.Hour => 3_600,
            FunnelWindowUnit.Day => 86_400,
            FunnelWindowUnit.Week => 604_800,
            _ => 2_592_000,
        };
        return seconds > TooLong.TotalSeconds ? TooLong : TimeSpan.FromSeconds(seconds);
    }

    public static FunnelResultDto ToDto(FunnelResult r) => new()
    {
        Steps = [.. r.Steps.Select(ToDto)],
        Breakdown = [.. r.Breakdown.Select(g => new FunnelBreakdownGroupDto { Value = g.Value, IsOther = g.IsOther, IsNone = g.IsNone, Steps = [.. g.Steps.Select(ToDto)] })],
        Trend = [.. r.Trend.Select(p => new FunnelTrendPointDto(p.PeriodStart, p.Entered, p.Converted, p.ConversionRate))],
        Value = r.Value is { } v ? new FunnelValueResultDto(v.Property, v.Conversions, v.Sum, v.Average) : null,
        ComputedAt = r.ComputedAt,
        EventsRead = r.EventsRead,
    };

    public static FunnelPeopleDto ToDto(FunnelPeoplePage page) =>
        new(page.Total, [.. page.People.Select(p => new FunnelPersonDto(p.ProfileId, p.DisplayName, p.EnteredAt, p.ReachedAt))]);

    private static FunnelStepResultDto ToDto(FunnelStepResult s) => new()
    {
        Step = s.Step,
        Name = s.Name,
        Optional = s.Optional,
        Count = s.Count,
        ConversionFromFirst = s.ConversionFromFirst,
        ConversionFromPrevious = s.ConversionFromPrevious,
        DroppedOff = s.DroppedOff,
        MedianSecondsFromPrevious = s.MedianSecondsFromPrevious,
        P90SecondsFromPrevious = s.P90SecondsFromPrevious,
        TimeToConvert = [.. s.TimeToConvert.Select(b => new FunnelHistogramBinDto(b.FromSeconds, b.ToSeconds, b.Count))],
    };

    /// <summary>Through JSON, as segment rules are: the client's and the Domain's filters share their JSON shape.</summary>
    public static IReadOnlyList<PropertyFilter> Filters(List<PropertyFilterDto>? filters) =>
        filters is null or [] ? [] : JsonSerializer.Deserialize<List<PropertyFilter>>(JsonSerializer.Serialize(filters, RuleJson.Options), SegmentRuleJson.Options)!;
}
