namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// What to fit the predicted-CLV models on: purchases on or before <paramref name="CalibrationEnd"/> (YYYY-MM-DD, UTC,
/// inclusive), with times in <paramref name="TimeUnit"/> (day, week or month).
/// </summary>
public sealed record ClvFitRequestDto(string? CalibrationEnd, string? TimeUnit);
