using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class CrmTicketEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "tickets");

    private static async Task<TicketDto> CreateAsync(HttpClient client, TicketInput input)
    {
        using var response = await client.PostAsync("/api/crm/tickets", Json.Of(input), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TicketDto>(Ct))!;
    }

    [Fact]
    public async Task Tickets_SalesOpensSolvesAndReads_RecordHistoryAndListOverHttp()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        using var contactResponse = await sales.PostAsync("/api/crm/contacts", Json.Of(new ContactInput { FirstName = "Jane", LastName = tag }), Ct);
        var contact = (await contactResponse.Content.ReadFromJsonAsync<ContactDto>(Ct))!;

        using var created = await sales.PostAsync("/api/crm/tickets", Json.Of(new TicketInput { Subject = $"Login {tag}", Priority = "urgent", ContactId = contact.Id }), Ct);
        var ticket = (await created.Content.ReadFromJsonAsync<TicketDto>(Ct))!;
        using var solved = await sales.PutAsync($"/api/crm/tickets/{ticket.Id}",
            Json.Of(new TicketInput { Subject = $"Login {tag}", Priority = "urgent", Status = "solved", ContactId = contact.Id }), Ct);
        var history = await sales.GetFromJsonAsync<List<FieldChangeDto>>($"/api/crm/tickets/{ticket.Id}/history", Ct);
        var read = await sales.GetFromJsonAsync<TicketDto>($"/api/crm/tickets/{ticket.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/crm/tickets/{ticket.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("new", "urgent", ticket.CreatedAt.AddHours(4), $"Jane {tag}"), (ticket.Status, ticket.Priority, ticket.DueAt, ticket.ContactName));
        Assert.Equal(HttpStatusCode.OK, solved.StatusCode);
        Assert.Equal(("solved", false), (read!.Status, read.Breached));
        Assert.NotNull(read.SolvedAt);
        Assert.Equal(("status", "new", "solved"), (history![0].Field, history[0].OldValue, history[0].NewValue));
    }

    [Fact]
    public async Task ListTickets_Filters_OnlyTheMatchingTicketsAndTheTotal()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        var owners = await sales.GetFromJsonAsync<List<OwnerDto>>("/api/crm/owners", Ct);
        var admin = owners!.First().Id;
        await CreateAsync(sales, new TicketInput { Subject = $"{tag} printer", Priority = "urgent", AssigneeId = admin });
        await CreateAsync(sales, new TicketInput { Subject = $"{tag} export", Priority = "low", Status = "pending" });
        await CreateAsync(sales, new TicketInput { Subject = $"{tag} refund", Status = "closed", AssigneeId = admin });

        var open = await sales.GetFromJsonAsync<TicketListDto>($"/api/crm/tickets?q={tag}&status=new,open&status=pending", Ct);
        var mine = await sales.GetFromJsonAsync<TicketListDto>($"/api/crm/tickets?q={tag}&assigneeId={admin}&priority=urgent", Ct);
        var unassigned = await sales.GetFromJsonAsync<TicketListDto>($"/api/crm/tickets?q={tag}&assigneeId=unassigned", Ct);
        var breached = await sales.GetFromJsonAsync<TicketListDto>($"/api/crm/tickets?q={tag}&breached=true", Ct);
        var paged = await sales.GetFromJsonAsync<TicketListDto>($"/api/crm/tickets?q={tag}&sort=-subject&offset=1&limit=1", Ct);

        Assert.Equal([$"{tag} printer", $"{tag} export"], open!.Items.Select(t => t.Subject));
        Assert.Equal(($"{tag} printer", 1), (Assert.Single(mine!.Items).Subject, mine.Total));
        Assert.Equal($"{tag} export", Assert.Single(unassigned!.Items).Subject);
        Assert.Equal(0, breached!.Total);
        Assert.Equal((3, $"{tag} printer"), (paged!.Total, Assert.Single(paged.Items).Subject));
    }

    [Fact]
    public async Task CreateTicket_InvalidFields_ProblemDetailsNamingEachField()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var invalid = await sales.PostAsync("/api/crm/tickets", Json.Of(new TicketInput { Status = "done", Priority = "asap" }), Ct);
        using var unknown = await sales.PostAsync("/api/crm/tickets",
            Json.Of(new TicketInput { Subject = "Help", ContactId = 987654321, AccountId = 987654321, AssigneeId = "nobody" }), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (invalid.StatusCode, unknown.StatusCode));
        var problem = await Json.ReadAsync(invalid);
        Assert.Equal(["priority", "status", "subject"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Contains("new, open, pending, solved or closed", problem["errors"]!["status"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["accountId", "assigneeId", "contactId"], (await Json.ReadAsync(unknown))["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer)]
    [InlineData(PortalRoleNames.Executive)]
    public async Task CreateTicket_ReadOnlyRole_ForbiddenButCanRead(string role)
    {
        using var client = await ClientAsync(role);

        using var create = await client.PostAsync("/api/crm/tickets", Json.Of(new TicketInput { Subject = "Help" }), Ct);
        using var delete = await client.DeleteAsync("/api/crm/tickets/1", Ct);
        using var list = await client.GetAsync("/api/crm/tickets?limit=1", Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK), (create.StatusCode, delete.StatusCode, list.StatusCode));
    }

    [Theory]
    [InlineData("/api/crm/tickets?status=done", "status")]
    [InlineData("/api/crm/tickets?priority=new", "priority")]
    [InlineData("/api/crm/tickets?sort=-size", "sort")]
    [InlineData("/api/crm/tickets?limit=201", "limit")]
    public async Task ListTickets_BadParameter_ProblemNamingIt(string url, string field)
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Theory]
    [InlineData("GET", "/api/crm/tickets/987654321")]
    [InlineData("GET", "/api/crm/tickets/987654321/history")]
    [InlineData("DELETE", "/api/crm/tickets/987654321")]
    public async Task Ticket_Unknown_NotFoundProblem(string method, string url)
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no ticket with id 987654321", (await Json.ReadAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
