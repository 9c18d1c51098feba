using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/crm/activities</c>: notes, calls, emails, meetings and tasks on CRM records; every CRM role reads, Sales and Admin write.</summary>
public static class CrmActivityEndpoints
{
    public static void MapContactTimeline(RouteGroupBuilder contacts) =>
        contacts.MapGet("/{id:long}/timeline", async (long id, IActivitiesApi api, string? before, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await api.ContactTimelineAsync(id, before, limit ?? 25, ct)))
            .WithSummary("The contact's timeline, newest first: its activities (also those on its deals and tickets) and its profile's product events, "
                + "each with source, kind (the activity's, or 'event'), title, time (at) and link; pass nextBefore as before for older items.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static void MapActivities(RouteGroupBuilder activities)
    {
        activities.MapGet("/", async (IActivitiesApi api, long? contactId, long? accountId, long? dealId, long? ticketId, string[]? kind, string? assigneeId,
                    bool? openTasks, bool? overdue, int? offset, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await api.ListAsync(new ActivityQuery(contactId, accountId, dealId, ticketId, kind, assigneeId, openTasks ?? false,
                    overdue ?? false, offset ?? 0, limit ?? 25), ct)))
            .WithSummary("Activities on a record (contactId, accountId, dealId or ticketId), newest first; kind takes one or several (kind=call,meeting); "
                + "assigneeId is a user id or 'me'; openTasks=true for open tasks, overdue=true for open tasks past due; tasks-only lists come soonest due first.")
            .ProducesValidationProblem();
        activities.MapGet("/{id:long}", async (long id, IActivitiesApi api, CancellationToken ct) => TypedResults.Ok(await api.GetAsync(id, ct)))
            .WithSummary("One activity with the names of the records it is on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var edit = activities.MapGroup("/").RequireAuthorization(PortalPolicies.EditCrm);
        edit.MapPost("/", async (ActivityInput input, IActivitiesApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/activities/{created.Id}", created);
            })
            .WithSummary("Logs a note, call, email, meeting or task on at least one contact, account, deal or ticket; a task without assigneeId is the caller's.")
            .ProducesValidationProblem();
        edit.MapPut("/{id:long}", async (long id, ActivityInput input, IActivitiesApi api, CancellationToken ct) => TypedResults.Ok(await api.UpdateAsync(id, input, ct)))
            .WithSummary("Replaces the activity's fields; each change is recorded in its history.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapDelete("/{id:long}", async (long id, IActivitiesApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes the activity.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapPost("/{id:long}/complete", async (long id, IActivitiesApi api, CancellationToken ct) => TypedResults.Ok(await api.CompleteAsync(id, ct)))
            .WithSummary("Marks a task done (400 for other kinds).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapPost("/{id:long}/reopen", async (long id, IActivitiesApi api, CancellationToken ct) => TypedResults.Ok(await api.ReopenAsync(id, ct)))
            .WithSummary("Makes a done task open again (400 for other kinds).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
