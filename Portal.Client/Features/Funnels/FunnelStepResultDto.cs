namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// One step of a result. Conversions are fractions (0.25 = 25 %); "from previous" is against the previous step that
/// is not optional. Times are between this step and the previous one on each conversion; null for step 1 and for
/// steps nobody reached.
/// </summary>
public sealed class FunnelStepResultDto
{
    /// <summary>1-based.</summary>
    public int Step { get; set; }

    public string Name { get; set; } = "";

    public bool Optional { get; set; }

    public long Count { get; set; }

    public double ConversionFromFirst { get; set; }

    public double ConversionFromPrevious { get; set; }

    /// <summary>Reached the previous (non-optional) step but not this one; 0 for step 1.</summary>
    public long DroppedOff { get; set; }

    public double? MedianSecondsFromPrevious { get; set; }

    public double? P90SecondsFromPrevious { get; set; }

    /// <summary>Time from the previous step, in bins whose edges grow geometrically (seconds).</summary>
    public List<FunnelHistogramBinDto> TimeToConvert { get; set; } = [];
}
