using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/economics</c>: Admin, Executive and Marketer read what customers are worth.</summary>
public static class EconomicsEndpoints
{
    public static RouteGroupBuilder MapEconomicsEndpoints(this RouteGroupBuilder api)
    {
        var economics = api.MapGroup("/economics").RequireAuthorization(PortalPolicies.ViewEconomics).WithTags("Economics");
        economics.MapPost("/clv/fit", async (ClvFitRequestDto request, IClvApi clv, CancellationToken ct) => TypedResults.Ok(await clv.FitAsync(request, ct)))
            .WithSummary("Fits the BG/NBD (r, alpha, a, b) and Gamma-Gamma (p, q, gamma) models on the Order Completed events of resolved profiles "
                         + "on or before calibrationEnd (YYYY-MM-DD, inclusive), times in timeUnit (day, week or month).")
            .ProducesValidationProblem();
        return api;
    }
}
