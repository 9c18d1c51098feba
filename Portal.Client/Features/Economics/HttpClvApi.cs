using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Economics;

internal sealed class HttpClvApi(HttpClient http) : IClvApi
{
    public Task<ClvFitDto> FitAsync(ClvFitRequestDto request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<ClvFitDto>(http, HttpMethod.Post, "api/economics/clv/fit", request, cancellationToken);

    public Task<ClvModelDto> ModelAsync(CancellationToken cancellationToken = default) =>
        HttpApi.GetAsync<ClvModelDto>(http, "api/economics/clv/model", cancellationToken);
}
