namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// What to fit the predicted-CLV models on: purchases on or before <paramref name="CalibrationEnd"/> (YYYY-MM-DD, UTC,
/// inclusive), with times in <paramref name="TimeUnit"/> (day, week or month); the fitted BG/NBD is checked against the
/// purchases from the day after to <paramref name="HoldoutEnd"/> (inclusive; default: the day of the last purchase).
/// </summary>
public sealed record ClvFitRequestDto(string? CalibrationEnd, string? TimeUnit, string? HoldoutEnd = null);
