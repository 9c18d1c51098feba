using System.Globalization;
using Lodestar.Domain;
using Lodestar.Domain.Economics;
using Lodestar.Domain.Economics.Clv;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Economics;

/// <summary>The server side of <see cref="IClvApi"/>: reads the request's words and dates, the Domain fits and reads the stored model.</summary>
internal sealed class ServerClvApi(ClvFitService fits, ClvModelReader models) : IClvApi
{
    public Task<ClvFitDto> FitAsync(ClvFitRequestDto request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(request.CalibrationEnd?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            errors["calibrationEnd"] = [$"'{request.CalibrationEnd}' is not a date: write the last calibration day as YYYY-MM-DD, e.g. 1997-09-30."];
        if (!ClvTimeUnits.TryParse(request.TimeUnit, out var unit))
            errors["timeUnit"] = [$"'{request.TimeUnit}' is not a time unit: use day, week or month."];
        DateOnly? holdoutEnd = null;
        if (!string.IsNullOrWhiteSpace(request.HoldoutEnd))
        {
            if (DateOnly.TryParseExact(request.HoldoutEnd.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var holdout))
                holdoutEnd = holdout;
            else
                errors["holdoutEnd"] = [$"'{request.HoldoutEnd}' is not a date: write the last holdout day as YYYY-MM-DD, e.g. 1998-06-30, or leave it out for the last purchase."];
        }

        if (errors.Count > 0)
            throw new DomainValidationException(errors);

        var fit = await fits.FitAsync(end, unit, holdoutEnd, cancellationToken);
        var (bg, gg) = (fit.BgNbd.Parameters, fit.GammaGamma.Parameters);
        return new ClvFitDto(Day(fit.CalibrationEnd), fit.TimeUnit.ToString().ToLowerInvariant(),
            fit.Currency, fit.Customers, new BgNbdFitDto(bg.R, bg.Alpha, bg.A, bg.B, fit.BgNbd.LogLikelihood),
            new GammaGammaFitDto(gg.P, gg.Q, gg.Gamma, fit.GammaGamma.LogLikelihood, fit.GammaGamma.Customers),
            fit is { HoldoutEnd: { } to, Holdout: { } check } ? Holdout(fit.CalibrationEnd.AddDays(1), to, check) : null);
    });

    public Task<ClvModelDto> ModelAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var run = await models.ReadAsync(cancellationToken);
        if (run.Model is not { } m)
            return new ClvModelDto(run.ComputedAt, run.Currency);
        return new ClvModelDto(run.ComputedAt, run.Currency, m.CalibrationEnd, m.TimeUnit, m.Customers, m.HorizonMonths, m.MonthlyDiscountRate,
            m.Bgnbd is { } bg ? new BgNbdFitDto(bg.R, bg.Alpha, bg.A, bg.B, bg.LogLikelihood) : null,
            m.GammaGamma is { } gg ? new GammaGammaFitDto(gg.P, gg.Q, gg.Gamma, gg.LogLikelihood, gg.Customers) : null,
            m.Bgnbd?.Converged, m.Problem);
    });

    private static ClvHoldoutDto Holdout(DateOnly from, DateOnly to, ClvHoldoutCheck check) =>
        new(Day(from), Day(to), check.Length, check.Customers, check.ActualPurchases, check.PredictedPurchases, check.MeanAbsoluteError, check.RelativeError,
            check.Rows.Select(r => new ClvHoldoutRowDto(r.Frequency, r.AndMore, r.Customers, r.ActualMean, r.PredictedMean)).ToList());

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
