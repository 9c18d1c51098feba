using System.Globalization;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>The points of a small line chart of sizes (an SVG polyline), scaled to fill the box with a pixel to spare.</summary>
public static class Sparkline
{
    public static string Points(IReadOnlyList<int> values, double width, double height)
    {
        if (values.Count < 2)
            return "";
        var (min, max) = (values.Min(), values.Max());
        var step = (width - 2) / (values.Count - 1);
        return string.Join(' ', values.Select((value, i) =>
        {
            // A flat trend is drawn through the middle rather than along an edge.
            var y = max == min ? height / 2 : height - 1 - (value - min) * (height - 2) / (max - min);
            return string.Create(CultureInfo.InvariantCulture, $"{1 + i * step:0.#},{y:0.#}");
        }));
    }
}
