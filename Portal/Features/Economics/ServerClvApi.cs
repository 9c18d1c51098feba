using System.Globalization;
using Lodestar.Domain;
using Lodestar.Domain.Economics;
using Lodestar.Domain.Economics.Clv;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Economics;

/// <summary>The server side of <see cref="IClvApi"/>: reads the request's words and dates, the Domain fits.</summary>
internal sealed class ServerClvApi(ClvFitService fits) : IClvApi
{
    public Task<ClvFitDto> FitAsync(ClvFitRequestDto request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var errors = new Dictionary<string, string[]>();
        if (!DateOnly.TryParseExact(request.CalibrationEnd?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            errors["calibrationEnd"] = [$"'{request.CalibrationEnd}' is not a date: write the last calibration day as YYYY-MM-DD, e.g. 1997-09-30."];
        if (!ClvTimeUnits.TryParse(request.TimeUnit, out var unit))
            errors["timeUnit"] = [$"'{request.TimeUnit}' is not a time unit: use day, week or month."];
        if (errors.Count > 0)
            throw new DomainValidationException(errors);

        var fit = await fits.FitAsync(end, unit, cancellationToken);
        var (bg, gg) = (fit.BgNbd.Parameters, fit.GammaGamma.Parameters);
        return new ClvFitDto(fit.CalibrationEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), fit.TimeUnit.ToString().ToLowerInvariant(),
            fit.Currency, fit.Customers, new BgNbdFitDto(bg.R, bg.Alpha, bg.A, bg.B, fit.BgNbd.LogLikelihood),
            new GammaGammaFitDto(gg.P, gg.Q, gg.Gamma, fit.GammaGamma.LogLikelihood, fit.GammaGamma.Customers));
    });
}
