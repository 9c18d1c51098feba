using System.Net;
using System.Net.Http.Json;
using System.Text;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary>Spend in months of 2032 under channel names of its own, so the shared portal's other data does not meet it.</summary>
[Collection(PortalCollection.Name)]
public sealed class EconomicsSpendEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Spend_AddListEditDelete_RowsAsStoredInTheirCurrency()
    {
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, "spend");

        using var added = await marketer.PostAsync("/api/economics/spend", Json.Body("""
            { "rows": [
              { "date": "2032-01-05", "channel": "Spend Test", "campaign": "brand", "cost": 1250.50, "currency": "usd" },
              { "date": "2032-01-06", "channel": "spend test", "cost": 1500, "currency": "JPY" } ] }
            """), Ct);
        var rows = (await added.Content.ReadFromJsonAsync<SpendAddedDto>(Ct))!.Rows;
        using var edited = await marketer.PutAsync($"/api/economics/spend/{rows[0].Id}",
            Json.Body("""{ "date": "2032-01-07", "channel": "Spend Test", "campaign": null, "cost": 99.99, "currency": "EUR" }"""), Ct);
        using var deleted = await marketer.DeleteAsync($"/api/economics/spend/{rows[1].Id}", Ct);
        var page = await marketer.GetFromJsonAsync<SpendPageDto>("/api/economics/spend?channel=SPEND%20TEST&from=2032-01-01&to=2032-01-31", Ct);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal([(1250.50m, "USD", "brand"), (1500m, "JPY", null)], rows.Select(r => (r.Cost, r.Currency, r.Campaign)));
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent), (edited.StatusCode, deleted.StatusCode));
        Assert.Equal([new SpendRowDto(rows[0].Id, "2032-01-07", "Spend Test", null, 99.99m, "EUR")], page!.Items);
        Assert.Equal(1, page.Total);
        Assert.Equal(new Dictionary<string, decimal> { ["EUR"] = 99.99m }, page.CostByCurrency);
    }

    [Fact]
    public async Task Spend_CsvUpload_StoredWithTheFileColumnsInAnyOrder()
    {
        using var executive = await portal.CreateApiClientAsync(PortalRoleNames.Executive, "spend");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("Currency,Date,Channel,Cost,Campaign\nUSD,2032-02-01,Csv Test,10.00,a\nGBP,2032-02-02,Csv Test,20,\n", Encoding.UTF8, "text/csv"), "file", "spend.csv");

        using var response = await executive.PostAsync("/api/economics/spend", form, Ct);
        var page = await executive.GetFromJsonAsync<SpendPageDto>("/api/economics/spend?channel=csv%20test", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([("2032-02-02", 20m, "GBP"), ("2032-02-01", 10.00m, "USD")], page!.Items.Select(r => (r.Date, r.Cost, r.Currency)));
        Assert.Equal(new Dictionary<string, decimal> { ["GBP"] = 20m, ["USD"] = 10m }, page.CostByCurrency);
    }

    [Theory]
    [InlineData("""{ "rows": [ { "date": "2032-03-01", "channel": "Bad Test", "cost": -5, "currency": "USD" }, { "date": "01/03/2032", "channel": "", "cost": 1.234, "currency": "USD" } ] }""",
        "rows[0].cost,rows[1].channel,rows[1].cost,rows[1].date")]
    [InlineData("""{ "rows": [ { "date": "2032-03-01", "channel": "Bad Test", "cost": 5, "currency": "dollars" }, { "date": "2032-03-01", "channel": "Bad Test", "cost": 5, "currency": "USD" } ] }""",
        "rows[0].currency")]
    [InlineData("""{ "rows": [] }""", "rows")]
    [InlineData("""{ "rows": [ { "date": "2032-03-01", "cost": "five" } ] }""", "rows[0].cost")]
    public async Task Spend_WrongRows_ProblemNamingEachFieldNothingStored(string body, string fields)
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.PostAsync("/api/economics/spend", Json.Body(body), Ct);
        var problem = await Json.ReadAsync(response);
        var page = await admin.GetFromJsonAsync<SpendPageDto>("/api/economics/spend?channel=Bad%20Test", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(fields, string.Join(",", problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal)));
        Assert.Equal(0, page!.Total);
    }

    [Fact]
    public async Task Spend_WrongCsvLine_ProblemNamingTheLineNothingStored()
    {
        using var admin = portal.CreateApiClient();
        using var csv = new StringContent("date,channel,campaign,cost,currency\n2032-04-01,Bad Csv,x,1,USD\n2032-04-02,Bad Csv,x,2,EURO\n", Encoding.UTF8, "text/csv");

        using var response = await admin.PostAsync("/api/economics/spend", csv, Ct);
        var problem = await Json.ReadAsync(response);
        var page = await admin.GetFromJsonAsync<SpendPageDto>("/api/economics/spend?channel=Bad%20Csv", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["rows[3].currency"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(0, page!.Total);
    }

    [Fact]
    public async Task Spend_UnknownRow_NotFound()
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.DeleteAsync("/api/economics/spend/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/economics/summary")]
    [InlineData("GET", "/api/economics/cac")]
    [InlineData("GET", "/api/economics/spend")]
    [InlineData("POST", "/api/economics/spend")]
    public async Task Economics_Sales_Forbidden(string method, string url)
    {
        using var sales = await portal.CreateApiClientAsync(PortalRoleNames.Sales, "economics");

        using var response = await sales.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "POST" ? Json.Body("""{ "rows": [] }""") : null }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
