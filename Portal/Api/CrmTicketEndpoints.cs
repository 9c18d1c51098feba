using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary><c>/api/crm/tickets</c>: the support queue and ticket records; every CRM role reads, Sales and Admin write.</summary>
public static class CrmTicketEndpoints
{
    public static void MapTickets(RouteGroupBuilder tickets)
    {
        tickets.MapGet("/", async (ITicketsApi api, string? q, string[]? status, string[]? priority, string? assigneeId, long? contactId, long? accountId,
                    bool? breached, string? sort, int? offset, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await api.ListAsync(new TicketQuery(q, status, priority, assigneeId, contactId, accountId, breached ?? false, sort, offset ?? 0, limit ?? 25), ct)))
            .WithSummary("Tickets: q searches the subject; status and priority take one or several (status=new,open or repeated); assigneeId is a user id, "
                + "'unassigned' or 'me'; filter by contactId or accountId; breached=true for SLA breaches only; sort by subject, priority, status, dueAt, "
                + "createdAt or updatedAt ('-' for descending), or leave it out for the support queue (open work, breached, soonest due first).")
            .ProducesValidationProblem();
        tickets.MapGet("/{id:long}", async (long id, ITicketsApi api, CancellationToken ct) => TypedResults.Ok(await api.GetAsync(id, ct)))
            .WithSummary("One ticket with its SLA due time and breach flag, assignee, contact and account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        tickets.MapGet("/{id:long}/history", async (long id, ITicketsApi api, CancellationToken ct) => TypedResults.Ok(await api.HistoryAsync(id, ct)))
            .WithSummary("Who changed which field of the ticket, when; newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var edit = tickets.MapGroup("/").RequireAuthorization(PortalPolicies.EditCrm);
        edit.MapPost("/", async (TicketInput input, ITicketsApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/tickets/{created.Id}", created);
            })
            .WithSummary("Opens a ticket (status new and priority normal unless given); stores a 'Ticket Opened' event for its contact.")
            .ProducesValidationProblem();
        edit.MapPut("/{id:long}", async (long id, TicketInput input, ITicketsApi api, CancellationToken ct) => TypedResults.Ok(await api.UpdateAsync(id, input, ct)))
            .WithSummary("Replaces the ticket's fields (empty status or priority keeps them); solving or reopening stores an event, a new priority moves the due time.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapDelete("/{id:long}", async (long id, ITicketsApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes the ticket (its events stay).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
