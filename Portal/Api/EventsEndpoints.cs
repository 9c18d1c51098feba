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
            .WithDescription("Filtered requests search the most recent 200,000 events from where they start; when older events may match, "
                + "the X-Next-Before header gives the id to pass as 'before' to continue.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<IReadOnlyList<EventDto>>> ListAsync(
        HttpResponse response, IEventsApi events, int? limit, string? type, string? @event, string? userId, string? anonymousId,
        string? user, long? before, long? after, CancellationToken cancellationToken)
    {
        var filter = new EventFilter(limit ?? 50, type, @event, userId, anonymousId, user, before, after);
        var page = await events.ListAsync(filter, cancellationToken);
        if (page.NextBefore is { } nextBefore)
            response.Headers[IEventsApi.NextBeforeHeader] = nextBefore.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Items);
    }
}
