using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.SankeyLib;

namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>The Plotly Sankey trace of a paths result: the chosen event in the portal's primary colour, "Other" grey.</summary>
public static class PathSankeyTrace
{
    private const string Chosen = "#594ae2";
    private const string Step = "#26a69a";
    private const string Other = "#9e9e9e";

    public static Sankey Of(PathResultDto result) => new()
    {
        Arrangement = ArrangementEnum.Snap,
        ValueFormat = ",",
        Node = new Node
        {
            Label = [.. result.Nodes.Select(n => (object)n.Label)],
            ColorArray = [.. result.Nodes.Select(n => (object)(n.Depth == 0 ? Chosen : n.IsOther ? Other : Step))],
            // Plotly sizes the first node by the people who went on; the hover says how many did the event.
            CustomData = [.. result.Nodes.Select(n => (object)new object[] { n.People, StepName(n.Depth) })],
            HoverTemplate = "%{label}<br>%{customdata[1]}<br>%{customdata[0]:,} people<extra></extra>",
            Pad = 18,
            Thickness = 16,
        },
        Link = new Link
        {
            Source = [.. result.Links.Select(l => (object)l.Source)],
            Target = [.. result.Links.Select(l => (object)l.Target)],
            Value = [.. result.Links.Select(l => (object)l.Count)],
            HoverTemplate = "%{source.label} → %{target.label}<br>%{value:,} people<extra></extra>",
        },
    };

    public static string StepName(int depth) => depth switch
    {
        0 => "the chosen event",
        > 0 => $"step {depth} after",
        _ => $"step {-depth} before",
    };
}
