namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// The customers who bought again <paramref name="Frequency"/> times in the calibration period (at least that many when
/// <paramref name="AndMore"/>) and their mean purchases in the holdout period, actual and predicted.
/// </summary>
public sealed record ClvHoldoutRowDto(int Frequency, bool AndMore, int Customers, double ActualMean, double PredictedMean)
{
    /// <summary>"3", or "7+" for the last group.</summary>
    public string Label => AndMore ? $"{Frequency}+" : Frequency.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
