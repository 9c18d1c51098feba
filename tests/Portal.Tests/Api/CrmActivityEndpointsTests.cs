using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class CrmActivityEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "activities");

    private static async Task<long> ContactAsync(HttpClient client, string lastName)
    {
        using var response = await client.PostAsync("/api/crm/contacts", Json.Of(new ContactInput { FirstName = "Jane", LastName = lastName }), Ct);
        return (await response.Content.ReadFromJsonAsync<ContactDto>(Ct))!.Id;
    }

    [Fact]
    public async Task Activities_SalesLogsACallAndCompletesATask_CreatedListedAndDone()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        var contactId = await ContactAsync(sales, Guid.NewGuid().ToString("N")[..8]);

        using var call = await sales.PostAsync("/api/crm/activities", Json.Of(new ActivityInput
        {
            Kind = "call", Subject = "Intro", ContactId = contactId, DurationMinutes = 12, Direction = "outbound", Outcome = "no-answer",
        }), Ct);
        using var task = await sales.PostAsync("/api/crm/activities", Json.Of(new ActivityInput
        {
            Kind = "task", Subject = "Call back", ContactId = contactId, DueAt = DateTime.UtcNow.AddDays(-1),
        }), Ct);
        var taskDto = (await task.Content.ReadFromJsonAsync<ActivityDto>(Ct))!;
        var overdue = await sales.GetFromJsonAsync<ActivityListDto>($"/api/crm/activities?contactId={contactId}&overdue=true", Ct);
        using var completed = await sales.PostAsync($"/api/crm/activities/{taskDto.Id}/complete", null, Ct);
        var list = await sales.GetFromJsonAsync<ActivityListDto>($"/api/crm/activities?contactId={contactId}&kind=call,task", Ct);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (call.StatusCode, task.StatusCode));
        var callDto = (await call.Content.ReadFromJsonAsync<ActivityDto>(Ct))!;
        Assert.Equal($"/api/crm/activities/{callDto.Id}", call.Headers.Location!.OriginalString);
        Assert.Equal(("call", "no-answer", 12, $"Jane "), (callDto.Kind, callDto.Outcome, callDto.DurationMinutes, callDto.ContactName![..5]));
        Assert.Equal(taskDto.Id, Assert.Single(overdue!.Items).Id);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.NotNull((await completed.Content.ReadFromJsonAsync<ActivityDto>(Ct))!.CompletedAt);
        Assert.Equal(2, list!.Total);
    }

    [Fact]
    public async Task CreateActivity_InvalidFields_ProblemDetailsNamingEachField()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var invalid = await sales.PostAsync("/api/crm/activities", Json.Of(new ActivityInput { Kind = "call", Outcome = "maybe", DurationMinutes = 2000 }), Ct);
        using var unknown = await sales.PostAsync("/api/crm/activities",
            Json.Of(new ActivityInput { Kind = "note", Body = "Hi", ContactId = 987654321, DealId = 987654321 }), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (invalid.StatusCode, unknown.StatusCode));
        Assert.Equal(["contactId", "durationMinutes", "outcome", "subject"], (await Json.ReadAsync(invalid))["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Equal(["contactId", "dealId"], (await Json.ReadAsync(unknown))["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task CreateActivity_Marketer_ForbiddenButCanRead()
    {
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);

        using var create = await marketer.PostAsync("/api/crm/activities", Json.Of(new ActivityInput { Kind = "note", Body = "x", ContactId = 1 }), Ct);
        using var complete = await marketer.PostAsync("/api/crm/activities/1/complete", null, Ct);
        using var list = await marketer.GetAsync("/api/crm/activities?limit=1", Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK), (create.StatusCode, complete.StatusCode, list.StatusCode));
    }

    [Fact]
    public async Task EditAndDeleteActivity_SalesMovesItsTimeThenDeletesIt_MarketerMayNot()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);
        var contactId = await ContactAsync(sales, Guid.NewGuid().ToString("N")[..8]);
        var meeting = new ActivityInput { Kind = "meeting", Subject = "Kick-off", ContactId = contactId, OccurredAt = new DateTime(2030, 1, 1, 9, 0, 0, DateTimeKind.Utc) };
        using var created = await sales.PostAsync("/api/crm/activities", Json.Of(meeting), Ct);
        var id = (await created.Content.ReadFromJsonAsync<ActivityDto>(Ct))!.Id;

        using var edited = await sales.PutAsync($"/api/crm/activities/{id}", Json.Of(meeting with { OccurredAt = new DateTime(2030, 1, 1, 7, 30, 0, DateTimeKind.Utc) }), Ct);
        using var refusedEdit = await marketer.PutAsync($"/api/crm/activities/{id}", Json.Of(meeting), Ct);
        using var refusedDelete = await marketer.DeleteAsync($"/api/crm/activities/{id}", Ct);
        using var deleted = await sales.DeleteAsync($"/api/crm/activities/{id}", Ct);
        using var gone = await sales.GetAsync($"/api/crm/activities/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(new DateTime(2030, 1, 1, 7, 30, 0, DateTimeKind.Utc), (await edited.Content.ReadFromJsonAsync<ActivityDto>(Ct))!.OccurredAt);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (refusedEdit.StatusCode, refusedDelete.StatusCode));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, gone.StatusCode));
    }

    [Theory]
    [InlineData("GET", "/api/crm/activities/987654321")]
    [InlineData("DELETE", "/api/crm/activities/987654321")]
    [InlineData("POST", "/api/crm/activities/987654321/reopen")]
    public async Task Activity_Unknown_NotFoundProblem(string method, string url)
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no activity with id 987654321", (await Json.ReadAsync(response))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/crm/activities?kind=lunch", "kind")]
    [InlineData("/api/crm/activities?limit=201", "limit")]
    public async Task ListActivities_BadParameter_ProblemNamingIt(string url, string field)
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task ContactTimeline_ActivityAndPaging_NewestFirstWithNextBefore()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        var contactId = await ContactAsync(sales, Guid.NewGuid().ToString("N")[..8]);
        foreach (var (subject, at) in new[] { ("Older", new DateTime(2030, 1, 1, 9, 0, 0, DateTimeKind.Utc)), ("Newer", new DateTime(2030, 1, 2, 9, 0, 0, DateTimeKind.Utc)) })
            (await sales.PostAsync("/api/crm/activities", Json.Of(new ActivityInput { Kind = "meeting", Subject = subject, ContactId = contactId, OccurredAt = at }), Ct)).Dispose();

        var first = await sales.GetFromJsonAsync<TimelinePageDto>($"/api/crm/contacts/{contactId}/timeline?limit=1", Ct);
        var second = await sales.GetFromJsonAsync<TimelinePageDto>($"/api/crm/contacts/{contactId}/timeline?limit=1&before={Uri.EscapeDataString(first!.NextBefore!)}", Ct);
        using var bad = await sales.GetAsync($"/api/crm/contacts/{contactId}/timeline?before=yesterday", Ct);
        using var missing = await sales.GetAsync("/api/crm/contacts/987654321/timeline", Ct);

        Assert.Equal(("activity", "meeting", "Newer", $"crm/contacts/{contactId}"), (first.Items[0].Source, first.Items[0].Kind, first.Items[0].Title, first.Items[0].Link));
        Assert.Equal("Older", Assert.Single(second!.Items).Title);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (bad.StatusCode, missing.StatusCode));
        Assert.NotNull((await Json.ReadAsync(bad))["errors"]!["before"]);
    }
}
