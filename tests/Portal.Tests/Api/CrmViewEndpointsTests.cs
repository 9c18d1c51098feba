using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Crm.Views;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class CrmViewEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "views");

    private static async Task<SavedViewDto> SaveAsync(HttpClient client, string kind, string name, bool shared, string query)
    {
        using var response = await client.PostAsync("/api/crm/views", Json.Body($$"""{"kind":"{{kind}}","name":"{{name}}","shared":{{(shared ? "true" : "false")}},"query":{{query}}}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = (await response.Content.ReadFromJsonAsync<SavedViewDto>(Ct))!;
        Assert.Equal($"/api/crm/views/{view.Id}", response.Headers.Location!.OriginalString);
        return view;
    }

    [Fact]
    public async Task Views_SharedAndPrivate_OthersSeeOnlyTheSharedOneAndCannotDeleteIt()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        using var executive = await ClientAsync(PortalRoleNames.Executive);
        var shared = await SaveAsync(sales, "tickets", $"Urgent {tag}", true, """{"statuses":["new","open"],"priorities":["urgent"],"sort":"-dueAt","offset":25}""");
        await SaveAsync(sales, "tickets", $"Private {tag}", false, "{}");

        var mine = await sales.GetFromJsonAsync<List<SavedViewDto>>("/api/crm/views?kind=tickets", Ct);
        var theirs = await executive.GetFromJsonAsync<List<SavedViewDto>>("/api/crm/views?kind=tickets", Ct);
        using var forbidden = await executive.DeleteAsync($"/api/crm/views/{shared.Id}", Ct);
        using var deleted = await sales.DeleteAsync($"/api/crm/views/{shared.Id}", Ct);
        using var gone = await sales.DeleteAsync($"/api/crm/views/{shared.Id}", Ct);

        Assert.Equal("""{"statuses":["new","open"],"priorities":["urgent"],"sort":"-dueAt"}""", shared.Query.GetRawText());
        Assert.Equal([true, true], mine!.Where(v => v.Name.EndsWith(tag, StringComparison.Ordinal)).Select(v => v.Mine));
        var seen = Assert.Single(theirs!, v => v.Name.EndsWith(tag, StringComparison.Ordinal));
        Assert.Equal((shared.Id, false, true), (seen.Id, seen.Mine, seen.Shared));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.NoContent, HttpStatusCode.NotFound), (forbidden.StatusCode, deleted.StatusCode, gone.StatusCode));
        Assert.Contains("someone else's view", (await Json.ReadAsync(forbidden))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateView_BadNameAndQuery_ProblemNamingEachField()
    {
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);

        using var response = await marketer.PostAsync("/api/crm/views", Json.Body("""{"kind":"contacts","name":"","query":{"sort":"size","stageId":3}}"""), Ct);
        using var unknownKind = await marketer.GetAsync("/api/crm/views?kind=leads", Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (response.StatusCode, unknownKind.StatusCode));
        Assert.Equal(["name", "query.sort", "query.stageId"], (await Json.ReadAsync(response))["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.NotNull((await Json.ReadAsync(unknownKind))["errors"]!["kind"]);
    }
}
