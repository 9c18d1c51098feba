using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lodestar.Portal.Api;

public static class EventsEndpoints
{
    public static RouteGroupBuilder MapEventsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/events", ListAsync)
            .RequireAuthorization(PortalPolicies.ViewEvents)
            .WithTags("Events")
            .WithSummary("Stored events, newest first (the live event debugger).")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<IReadOnlyList<EventDto>>> ListAsync(
        IEventsApi events, int? limit, string? type, string? @event, string? userId, string? anonymousId, string? user,
        long? before, long? after, CancellationToken cancellationToken)
    {
        var filter = new EventFilter(limit ?? 50, type, @event, userId, anonymousId, user, before, after);
        return TypedResults.Ok(await events.ListAsync(filter, cancellationToken));
    }
}
