namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// Predicted CLV (<c>/api/economics/clv</c>), for Admin, Executive and Marketer. Input a person must correct (a date
/// that is not YYYY-MM-DD, an unknown time unit, no purchases before the date, a holdout end not after the calibration
/// end) is answered with <see cref="Infrastructure.ApiException"/> naming the field.
/// </summary>
public interface IClvApi
{
    /// <summary>Fits both models on the purchases up to the calibration end and checks the BG/NBD against the holdout period's.</summary>
    Task<ClvFitDto> FitAsync(ClvFitRequestDto request, CancellationToken cancellationToken = default);

    /// <summary>The model the last economics run used (computedAt null before the first run).</summary>
    Task<ClvModelDto> ModelAsync(CancellationToken cancellationToken = default);
}
