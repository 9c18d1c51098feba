using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using AxisType = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum;

namespace Lodestar.Portal.Client.Features.Shell;

/// <summary>The portal's chart layouts, so every chart has a title, labelled axes and the same look.</summary>
public static class ChartLayouts
{
    public static Layout StackedDaily(string title, string xTitle, string yTitle) => Of(title, xTitle, yTitle, AxisType.Date, BarModeEnum.Stack);

    /// <summary>Bars over named categories (a funnel's steps, ranges of time), stacked or side by side.</summary>
    public static Layout Categories(string title, string xTitle, string yTitle, BarModeEnum barMode) =>
        Of(title, xTitle, yTitle, AxisType.Category, barMode);

    /// <summary>Long tick labels (channel names, months, money ranges) grow the margins instead of running into the axis titles.</summary>
    public static Layout WithRoomForLabels(this Layout layout)
    {
        foreach (var x in layout.XAxis)
            ((XAxis)x).AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True;
        foreach (var y in layout.YAxis)
            ((YAxis)y).AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True;
        return layout;
    }

    private static Layout Of(string title, string xTitle, string yTitle, AxisType xType, BarModeEnum barMode) => new()
    {
        Title = new Title { Text = title },
        BarMode = barMode,
        HoverMode = HoverModeEnum.Closest,
        ShowLegend = true,
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle }, Type = xType }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle } }],
        Margin = new Margin { L = 60, R = 20, T = 50, B = 50 },
        PaperBgColor = "rgba(0,0,0,0)",
        PlotBgColor = "rgba(0,0,0,0)",
    };
}
