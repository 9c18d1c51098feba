namespace Lodestar.Domain.Funnels;

/// <summary>Conversions are fractions; "from previous" and drop-offs are against the previous required step.</summary>
public sealed record FunnelStepResult(int Step, string Name, bool Optional, long Count, double ConversionFromFirst,
    double ConversionFromPrevious, long DroppedOff, double? MedianSecondsFromPrevious, double? P90SecondsFromPrevious,
    IReadOnlyList<FunnelHistogramBin> TimeToConvert);
