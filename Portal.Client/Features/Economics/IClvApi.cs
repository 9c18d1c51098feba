namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>
/// Predicted CLV (<c>/api/economics/clv</c>), for Admin, Executive and Marketer. Input a person must correct (a date
/// that is not YYYY-MM-DD, an unknown time unit, no purchases before the date) is answered with
/// <see cref="Infrastructure.ApiException"/> naming the field.
/// </summary>
public interface IClvApi
{
    Task<ClvFitDto> FitAsync(ClvFitRequestDto request, CancellationToken cancellationToken = default);
}
