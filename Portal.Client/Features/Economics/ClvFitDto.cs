using System.Text.Json.Serialization;

namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>Both predicted-CLV models fitted on the stored purchases; <paramref name="Customers"/> is how many customers the BG/NBD saw.</summary>
public sealed record ClvFitDto(
    string CalibrationEnd,
    string TimeUnit,
    string Currency,
    int Customers,
    [property: JsonPropertyName("bgnbd")] BgNbdFitDto BgNbd,
    GammaGammaFitDto GammaGamma);
