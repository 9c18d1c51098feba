using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// Both predicted-CLV models fitted on the stored purchases; <paramref name="Customers"/> is how many customers the
/// BG/NBD saw; <paramref name="Holdout"/> the check against the holdout period's purchases, null when it is empty.
/// </summary>
public sealed record ClvFitDto(
    string CalibrationEnd,
    string TimeUnit,
    string Currency,
    int Customers,
    [property: JsonPropertyName("bgnbd")] BgNbdFitDto BgNbd,
    GammaGammaFitDto GammaGamma,
    ClvHoldoutDto? Holdout = null);
