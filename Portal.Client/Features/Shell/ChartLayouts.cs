using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;

namespace Lodestar.Portal.Client.Features.Shell;

/// <summary>The portal's chart layouts, so every chart has a title, labelled axes and the same look.</summary>
public static class ChartLayouts
{
    public static Layout StackedDaily(string title, string xTitle, string yTitle) => new()
    {
        Title = new Title { Text = title },
        BarMode = BarModeEnum.Stack,
        HoverMode = HoverModeEnum.Closest,
        ShowLegend = true,
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle }, Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle } }],
        Margin = new Margin { L = 60, R = 20, T = 50, B = 50 },
        PaperBgColor = "rgba(0,0,0,0)",
        PlotBgColor = "rgba(0,0,0,0)",
    };
}
