using System.Globalization;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>A conversion fraction as people read it: 0.4567 → "45.7 %".</summary>
public static class Percent
{
    public static string Of(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
