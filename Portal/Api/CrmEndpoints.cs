using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Features.Crm;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Api;

/// <summary>
/// <c>/api/crm</c>: every role reads, Sales and Admin write. Lists page with offset/limit and return the total;
/// <c>/export</c> gives the same list (all pages) as CSV.
/// </summary>
public static class CrmEndpoints
{
    public static RouteGroupBuilder MapCrmEndpoints(this RouteGroupBuilder api)
    {
        var crm = api.MapGroup("/crm").RequireAuthorization(PortalPolicies.ViewCrm).WithTags("CRM");
        crm.MapGet("/owners", async (IContactsApi contacts, CancellationToken ct) => TypedResults.Ok(await contacts.OwnersAsync(ct)))
            .WithSummary("Portal users who can own CRM records.");
        MapContacts(crm.MapGroup("/contacts"));
        MapAccounts(crm.MapGroup("/accounts"));
        CrmDealEndpoints.MapDeals(crm.MapGroup("/deals"));
        CrmDealEndpoints.MapPipelines(crm.MapGroup("/pipelines"));
        CrmTicketEndpoints.MapTickets(crm.MapGroup("/tickets"));
        CrmImportEndpoints.MapImport(crm);
        CrmActivityEndpoints.MapActivities(crm.MapGroup("/activities"));
        CrmActivityEndpoints.MapContactTimeline(crm.MapGroup("/contacts"));
        CrmViewEndpoints.MapViews(crm.MapGroup("/views"));
        return api;
    }

    private static void MapContacts(RouteGroupBuilder contacts)
    {
        contacts.MapGet("/", async (IContactsApi api, string? q, long? accountId, string? ownerId, string? sort, int? offset, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await api.ListAsync(new ContactQuery(q, accountId, ownerId, sort, offset ?? 0, limit ?? 25), ct)))
            .WithSummary("Contacts: q searches name, email, phone and external id; filter by accountId or ownerId; sort by name, email, account, createdAt or updatedAt ('-' for descending).")
            .ProducesValidationProblem();
        contacts.MapGet("/export", (ServerContactsApi api, string? q, long? accountId, string? ownerId, string? sort) =>
                new CsvResult("contacts.csv", (output, ct) => api.ExportAsync(new ContactQuery(q, accountId, ownerId, sort), output, ct)))
            .WithSummary("The contact list with the same filters and sort, every page, as CSV (the import's column names).");
        contacts.MapGet("/{id:long}", async (long id, IContactsApi api, CancellationToken ct) => TypedResults.Ok(await api.GetAsync(id, ct)))
            .WithSummary("One contact, with its account, owner and the unified profile it resolved to (profileId).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        contacts.MapGet("/{id:long}/history", async (long id, IContactsApi api, CancellationToken ct) => TypedResults.Ok(await api.HistoryAsync(id, ct)))
            .WithSummary("Who changed which field of the contact, when; newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var edit = contacts.MapGroup("/").RequireAuthorization(PortalPolicies.EditCrm);
        edit.MapPost("/", async (ContactInput input, IContactsApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/contacts/{created.Id}", created);
            })
            .WithSummary("Creates a contact; its email, phone and id become identifiers of the person's profile.")
            .ProducesValidationProblem();
        edit.MapPut("/{id:long}", async (long id, ContactInput input, IContactsApi api, CancellationToken ct) => TypedResults.Ok(await api.UpdateAsync(id, input, ct)))
            .WithSummary("Replaces the contact's fields (empty ones are cleared); each change is recorded in its history.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapDelete("/{id:long}", async (long id, IContactsApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes the contact (its profile and events stay).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapPost("/duplicates", async (ContactInput input, long? exceptId, IContactsApi api, CancellationToken ct) =>
                TypedResults.Ok(await api.FindDuplicatesAsync(input, exceptId, ct)))
            .WithSummary("Contacts that look like this input (same email, phone, external id, or name and birth date): the warning before a save.");
    }

    private static void MapAccounts(RouteGroupBuilder accounts)
    {
        accounts.MapGet("/", async (IAccountsApi api, string? q, string? ownerId, string? sort, int? offset, int? limit, CancellationToken ct) =>
                TypedResults.Ok(await api.ListAsync(new AccountQuery(q, ownerId, sort, offset ?? 0, limit ?? 25), ct)))
            .WithSummary("Accounts: q searches name and domain; filter by ownerId; sort by name, contacts, createdAt or updatedAt ('-' for descending).")
            .ProducesValidationProblem();
        accounts.MapGet("/export", (ServerAccountsApi api, string? q, string? ownerId, string? sort) =>
                new CsvResult("accounts.csv", (output, ct) => api.ExportAsync(new AccountQuery(q, ownerId, sort), output, ct)))
            .WithSummary("The account list with the same filters and sort, as CSV.");
        accounts.MapGet("/{id:long}", async (long id, IAccountsApi api, CancellationToken ct) => TypedResults.Ok(await api.GetAsync(id, ct)))
            .WithSummary("One account with its owner and contact count.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        accounts.MapGet("/{id:long}/history", async (long id, IAccountsApi api, CancellationToken ct) => TypedResults.Ok(await api.HistoryAsync(id, ct)))
            .WithSummary("Who changed which field of the account, when; newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var edit = accounts.MapGroup("/").RequireAuthorization(PortalPolicies.EditCrm);
        edit.MapPost("/", async (AccountInput input, IAccountsApi api, CancellationToken ct) =>
            {
                var created = await api.CreateAsync(input, ct);
                return TypedResults.Created($"/api/crm/accounts/{created.Id}", created);
            })
            .WithSummary("Creates an account.")
            .ProducesValidationProblem();
        edit.MapPut("/{id:long}", async (long id, AccountInput input, IAccountsApi api, CancellationToken ct) => TypedResults.Ok(await api.UpdateAsync(id, input, ct)))
            .WithSummary("Replaces the account's fields; each change is recorded in its history.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapDelete("/{id:long}", async (long id, IAccountsApi api, CancellationToken ct) =>
            {
                await api.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Deletes the account; its contacts stay, without an account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        edit.MapPost("/duplicates", async (AccountInput input, long? exceptId, IAccountsApi api, CancellationToken ct) =>
                TypedResults.Ok(await api.FindDuplicatesAsync(input, exceptId, ct)))
            .WithSummary("Accounts with the same name or domain: the warning before a save.");
    }
}
