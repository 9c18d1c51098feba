using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestar.Portal.Api;

public static class ProfilesEndpoints
{
    public static RouteGroupBuilder MapProfilesEndpoints(this RouteGroupBuilder api)
    {
        var profiles = api.MapGroup("/profiles").RequireAuthorization(PortalPolicies.ViewProfiles).WithTags("Profiles");
        profiles.MapGet("/", SearchAsync)
            .WithSummary("Profiles: by one identifier (identifierType + identifierValue), by free text (q), or all, most recently seen first.")
            .ProducesValidationProblem();
        profiles.MapGet("/{id:long}", GetAsync)
            .WithSummary("One profile with its identifiers, traits, merge history (mergedFrom) and conflicts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        profiles.MapGet("/{id:long}/timeline", TimelineAsync)
            .WithSummary("The profile's events, newest first; the X-Next-Before header gives the id to pass as 'before' for older ones.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        profiles.MapPost("/{id:long}/unmerge", UnmergeAsync)
            .RequireAuthorization(PortalPolicies.Admin)
            .WithSummary("Splits a merge apart (mergeId, or identifierType + identifierValue): the two sides are kept apart from now on; rebuildJobId recomputes both profiles.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Accepted<UnmergeResultDto>> UnmergeAsync(long id, UnmergeRequest request, IProfilesApi profiles, CancellationToken cancellationToken) =>
        TypedResults.Accepted($"/api/profiles/{id}", await profiles.UnmergeAsync(id, request, cancellationToken));

    private static async Task<Ok<ProfileListDto>> SearchAsync(
        IProfilesApi profiles, string? q, string? identifierType, string? identifierValue, int? offset, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await profiles.SearchAsync(new ProfileQuery(q, identifierType, identifierValue, offset ?? 0, limit ?? 25), cancellationToken));

    private static async Task<Ok<ProfileDto>> GetAsync(long id, IProfilesApi profiles, CancellationToken cancellationToken) =>
        TypedResults.Ok(await profiles.GetAsync(id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<EventDto>>> TimelineAsync(
        HttpResponse response, IProfilesApi profiles, long id, string? type, string? @event, long? before, int? limit, CancellationToken cancellationToken)
    {
        var page = await profiles.TimelineAsync(id, new TimelineFilter(type, @event, before, limit ?? 50), cancellationToken);
        if (page.NextBefore is { } nextBefore)
            response.Headers[IEventsApi.NextBeforeHeader] = nextBefore.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Items);
    }
}
