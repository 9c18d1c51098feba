using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class CrmEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "crm");

    [Fact]
    public async Task Contacts_SalesCreatesEditsAndReads_RecordAndHistoryOverHttp()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        using var account = await sales.PostAsync("/api/crm/accounts", Json.Of(new AccountInput { Name = $"Acme {tag}", Domain = $"https://www.acme-{tag}.com" }), Ct);
        var acme = (await account.Content.ReadFromJsonAsync<AccountDto>(Ct))!;

        using var created = await sales.PostAsync("/api/crm/contacts",
            Json.Of(new ContactInput { FirstName = "Jane", LastName = tag, Email = $"jane.{tag}@example.com", AccountId = acme.Id }), Ct);
        var contact = (await created.Content.ReadFromJsonAsync<ContactDto>(Ct))!;
        using var updated = await sales.PutAsync($"/api/crm/contacts/{contact.Id}",
            Json.Of(new ContactInput { FirstName = "Janet", LastName = tag, Email = $"jane.{tag}@example.com", AccountId = acme.Id }), Ct);
        var history = await sales.GetFromJsonAsync<List<FieldChangeDto>>($"/api/crm/contacts/{contact.Id}/history", Ct);
        var list = await sales.GetFromJsonAsync<ContactListDto>($"/api/crm/contacts?q={tag}&accountId={acme.Id}", Ct);
        var accountView = await sales.GetFromJsonAsync<AccountDto>($"/api/crm/accounts/{acme.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/crm/contacts/{contact.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal($"acme-{tag}.com", acme.Domain);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(("firstName", "Jane", "Janet"), (history![0].Field, history[0].OldValue, history[0].NewValue));
        Assert.Equal(("Janet", $"Acme {tag}"), (Assert.Single(list!.Items).FirstName, list.Items[0].AccountName));
        Assert.Equal(1, accountView!.ContactCount);
    }

    [Fact]
    public async Task CreateContact_InvalidFields_ProblemDetailsNamingEachField()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.PostAsync("/api/crm/contacts", Json.Of(new ContactInput { LastName = "Doe", Email = "not-an-email", Phone = "12" }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal(["email", "firstName", "phone"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Contains("jane@example.com", problem["errors"]!["email"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer)]
    [InlineData(PortalRoleNames.Executive)]
    public async Task CreateContact_ReadOnlyRole_ForbiddenButCanRead(string role)
    {
        using var client = await ClientAsync(role);

        using var create = await client.PostAsync("/api/crm/contacts", Json.Of(new ContactInput { FirstName = "A", LastName = "B" }), Ct);
        using var list = await client.GetAsync("/api/crm/contacts?limit=1", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task ExportContacts_Search_CsvWithHeaderAndRows()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);
        foreach (var first in new[] { "Ann", "Bea" })
            (await sales.PostAsync("/api/crm/contacts", Json.Of(new ContactInput { FirstName = first, LastName = tag }), Ct)).Dispose();

        using var response = await sales.GetAsync($"/api/crm/contacts/export?q={tag}&sort=-name", Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(3, lines.Length);
        Assert.Contains($",Bea,{tag},", lines[1]);
    }

    [Theory]
    [InlineData("/api/crm/contacts?sort=shoeSize", "sort")]
    [InlineData("/api/crm/contacts?limit=0", "limit")]
    [InlineData("/api/crm/accounts?sort=-size", "sort")]
    public async Task ListContacts_BadParameter_ProblemNamingIt(string url, string field)
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task GetContact_Unknown_NotFound()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.GetAsync("/api/crm/contacts/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
