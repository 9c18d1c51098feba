namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// The predicted-CLV model the last economics run used. <paramref name="ComputedAt"/> is null before the first run;
/// the fit's fields are null when the run could not fit (then <paramref name="Problem"/> says why, or nothing when there
/// were no purchases). The nightly run fits on every purchase up to its day and forecasts
/// <paramref name="HorizonMonths"/> months discounted at <paramref name="MonthlyDiscountRate"/> a month.
/// </summary>
/// <param name="Converged">Whether the BG/NBD's optimiser converged within its evaluation budget.</param>
public sealed record ClvModelDto(
    DateTime? ComputedAt,
    string Currency,
    string? CalibrationEnd = null,
    string? TimeUnit = null,
    int? Customers = null,
    int? HorizonMonths = null,
    double? MonthlyDiscountRate = null,
    [property: System.Text.Json.Serialization.JsonPropertyName("bgnbd")] BgNbdFitDto? BgNbd = null,
    GammaGammaFitDto? GammaGamma = null,
    bool? Converged = null,
    string? Problem = null);
