using System.Globalization;
using System.Text.Json;
using Plotly.Blazor;
using Plotly.Blazor.Interop;
using Plotly.Blazor.Traces;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// The funnel chart's bars. Without a breakdown each step is one bar: those who reached it, with those who dropped off
/// since the previous step stacked on top in grey, so the whole bar is the previous step's count. With a breakdown each
/// value is a bar group per step. Each bar says its count and conversion on hover; a click maps back to a step's people.
/// </summary>
public static class FunnelChartData
{
    private const string ConvertedColor = "#3f51b5";
    private const string DroppedColor = "#cfd3e6";

    /// <summary>The x-axis categories: numbered, so two steps of the same event stay apart.</summary>
    public static List<object> Categories(IReadOnlyList<FunnelStepResultDto> steps) =>
        [.. steps.Select(s => (object)$"{s.Step}. {s.Name}{(s.Optional ? " (optional)" : "")}")];

    public static IList<ITrace> Traces(FunnelResultDto result, string counted) => result.Breakdown.Count == 0
        ? [Converted("Reached the step", result.Steps, counted, ConvertedColor), Dropped(result.Steps, counted)]
        : [.. result.Breakdown.Select(group => Converted(group.Value, group.Steps, counted, null))];

    /// <summary>Whose people a click on a bar asks for; null for a click on nothing that maps to a step.</summary>
    public static FunnelStepClick? Clicked(FunnelResultDto result, EventDataPoint point)
    {
        if (Index(point.PointIndex) is not { } index || index < 0 || index >= result.Steps.Count)
            return null;
        var step = result.Steps[index].Step;
        if (result.Breakdown.Count == 0)
            return new FunnelStepClick(step, point.TraceIndex == 1 ? FunnelOutcome.DroppedOff : FunnelOutcome.Converted);
        return point.TraceIndex >= 0 && point.TraceIndex < result.Breakdown.Count
            ? new FunnelStepClick(step, FunnelOutcome.Converted, result.Breakdown[point.TraceIndex].Value)
            : null;
    }

    /// <summary>The hover text of a step's bar: its count and both conversions.</summary>
    public static string Hover(string series, FunnelStepResultDto step, string counted)
    {
        var text = $"<b>{step.Step}. {step.Name}</b>{(series.Length > 0 ? $" · {series}" : "")}<br>{Count(step.Count)} {counted}";
        return step.Step == 1
            ? text + "<br>entered the funnel"
            : text + $"<br>{Percent.Of(step.ConversionFromFirst)} of step 1<br>{Percent.Of(step.ConversionFromPrevious)} of the previous step";
    }

    private static Bar Converted(string name, IReadOnlyList<FunnelStepResultDto> steps, string counted, string? color) => new()
    {
        Name = name,
        X = Categories(steps),
        Y = [.. steps.Select(s => (object)s.Count)],
        // Side-by-side breakdown bars are too narrow for words; their hover says the same.
        TextArray = color is null ? null : [.. steps.Select(s => s.Step == 1 ? Count(s.Count) : $"{Count(s.Count)} · {Percent.Of(s.ConversionFromFirst)}")],
        TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Auto,
        HoverTextArray = [.. steps.Select(s => Hover(color is null ? name : "", s, counted))],
        HoverTemplate = "%{hovertext}<extra></extra>",
        Marker = color is null ? null : new Plotly.Blazor.Traces.BarLib.Marker { Color = color },
    };

    private static Bar Dropped(IReadOnlyList<FunnelStepResultDto> steps, string counted) => new()
    {
        Name = "Dropped off",
        X = Categories(steps),
        Y = [.. steps.Select(s => (object)s.DroppedOff)],
        HoverTextArray = [.. steps.Select(s => $"<b>{s.Step}. {s.Name}</b><br>{Count(s.DroppedOff)} {counted} dropped off since the previous step")],
        HoverTemplate = "%{hovertext}<extra></extra>",
        Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = DroppedColor },
    };

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    // Plotly sends the index as a JSON number; in tests it may be a plain number.
    private static int? Index(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } json when json.TryGetInt32(out var i) => i,
        int i => i,
        long l => (int)l,
        double d => (int)d,
        _ => null,
    };
}
