using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.SankeyLib;

namespace Lodestar.Portal.Client.Features.Paths;

/// <summary>
/// The Plotly Sankey trace of a paths result: the chosen event in the portal's primary colour, "Other" grey, each link
/// a pale shade of where it leads (Plotly's own link colour contrasts with the paper, which is transparent: white).
/// </summary>
public static class PathSankeyTrace
{
    private static readonly (string Node, string Link) Chosen = ("#594ae2", "rgba(89,74,226,0.3)");
    private static readonly (string Node, string Link) Step = ("#26a69a", "rgba(38,166,154,0.3)");
    private static readonly (string Node, string Link) Other = ("#9e9e9e", "rgba(158,158,158,0.35)");

    public static Sankey Of(PathResultDto result) => new()
    {
        Arrangement = ArrangementEnum.Snap,
        ValueFormat = ",",
        Node = new Node
        {
            Label = [.. result.Nodes.Select(n => (object)n.Label)],
            ColorArray = [.. result.Nodes.Select(n => (object)ColorOf(n).Node)],
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
            ColorArray = [.. result.Links.Select(l => (object)ColorOf(result.Nodes[l.Target]).Link)],
            HoverTemplate = "%{source.label} → %{target.label}<br>%{value:,} people<extra></extra>",
        },
    };

    private static (string Node, string Link) ColorOf(PathNodeDto node) => node.Depth == 0 ? Chosen : node.IsOther ? Other : Step;

    public static string StepName(int depth) => depth switch
    {
        0 => "the chosen event",
        > 0 => $"step {depth} after",
        _ => $"step {-depth} before",
    };
}
