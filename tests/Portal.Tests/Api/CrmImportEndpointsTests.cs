using System.Net;
using System.Net.Http.Json;
using System.Text;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Crm.Import;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class CrmImportEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private Task<HttpClient> ClientAsync(string role) => portal.CreateApiClientAsync(role, "import");

    private static MultipartFormDataContent File(string csv, string? mapping = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(csv, Encoding.UTF8, "text/csv"), "file", "people.csv" } };
        if (mapping is not null)
            form.Add(new StringContent(mapping), "mapping");
        return form;
    }

    [Fact]
    public async Task Import_GoodFileWithMapping_ImportsEveryRow()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.PostAsync("/api/crm/import/contacts",
            File($"Given,Family,Mail\nJane,{tag},jane.{tag}@example.com\nBob,{tag},bob.{tag}@example.com\n", """{"firstName":"Given","lastName":"Family","email":"Mail"}"""), Ct);
        var report = await response.Content.ReadFromJsonAsync<ImportReportDto>(Ct);
        var list = await sales.GetFromJsonAsync<ContactListDto>($"/api/crm/contacts?q={tag}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2, 2), (report!.Rows, report.Imported));
        Assert.Equal(2, list!.Total);
    }

    [Fact]
    public async Task Import_RowsWrong_422NamingRowsAndFieldsAndImportsNothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.PostAsync("/api/crm/import/contacts",
            File($"firstName,lastName,email\nJane,{tag},jane.{tag}@example.com\nBob,,not-an-email\n"), Ct);
        var problem = await Json.ReadAsync(response);
        var list = await sales.GetFromJsonAsync<ContactListDto>($"/api/crm/contacts?q={tag}", Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["rows[3].email", "rows[3].lastName"], problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(2, problem["report"]!["rows"]!.GetValue<int>());
        Assert.Contains("nothing was imported", problem["detail"]!.GetValue<string>());
        Assert.Equal(0, list!.Total);
    }

    [Fact]
    public async Task Import_PreviewAccounts_ReportsWithoutStoring()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.PostAsync("/api/crm/import/accounts?preview=true", File($"name,domain\nPreview {tag},{tag}.example\n"), Ct);
        var report = await response.Content.ReadFromJsonAsync<ImportReportDto>(Ct);
        var list = await sales.GetFromJsonAsync<AccountListDto>($"/api/crm/accounts?q={tag}", Ct);

        Assert.Equal((true, 0, $"Preview {tag}"), (report!.Preview, report.Imported, report.Sample[0]["name"]));
        Assert.Equal(0, list!.Total);
    }

    [Fact]
    public async Task Import_NoFileOrUnknownKind_400ProblemSayingWhat()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var noFile = await sales.PostAsync("/api/crm/import/contacts", new MultipartFormDataContent { { new StringContent("x"), "other" } }, Ct);
        using var badKind = await sales.PostAsync("/api/crm/import/invoices", File("a\n1\n"), Ct);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (noFile.StatusCode, badKind.StatusCode));
        Assert.Contains("'file'", (await Json.ReadAsync(noFile))["errors"]!["file"]![0]!.GetValue<string>());
        Assert.Contains("contacts, accounts or deals", (await Json.ReadAsync(badKind))["errors"]!["kind"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_Marketer_Forbidden()
    {
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);

        using var response = await marketer.PostAsync("/api/crm/import/contacts", File("firstName,lastName\nA,B\n"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
