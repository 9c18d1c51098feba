using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary>Customers and spend of May 2031, a month no other test of the shared portal uses.</summary>
[Collection(PortalCollection.Name)]
public sealed class EconomicsReportEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool _seeded;

    /// <summary>
    /// Two customers of May 2031: r1 arrives anonymously from a Google ad and signs up, then orders 120 USD; r2 orders
    /// 80 EUR (88 USD at the rate set) from the newsletter, refunded 8 EUR. Spend: Paid Search 60 USD, Email 44 USD.
    /// </summary>
    private async Task SeedAsync(HttpClient admin)
    {
        await Seeding.WaitAsync(Ct);
        try
        {
            if (!_seeded)
                await SeedOnceAsync(admin);
            _seeded = true;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task SeedOnceAsync(HttpClient admin)
    {
        using var settings = await admin.PutAsync("/api/economics/settings", Json.Body("""{ "currency": "USD", "rates": { "EUR": 1.10 } }"""), Ct);
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        JsonObject Message(string json) => JsonNode.Parse(json)!.AsObject();
        var batch = new JsonArray(
            Message("""{"type":"page","anonymousId":"anon-r1","name":"Home","timestamp":"2031-05-02T08:00:00Z","context":{"campaign":{"source":"google","medium":"cpc"}},"messageId":"econ-r-1"}"""),
            Message("""{"type":"identify","anonymousId":"anon-r1","userId":"econ-r1","timestamp":"2031-05-02T08:05:00Z","messageId":"econ-r-2"}"""),
            Message("""{"type":"track","userId":"econ-r1","event":"Order Completed","timestamp":"2031-05-03T08:00:00Z","properties":{"order_id":"econ-r1-1","revenue":120,"currency":"USD"},"messageId":"econ-r-3"}"""),
            Message("""{"type":"track","userId":"econ-r2","event":"Order Completed","timestamp":"2031-05-10T08:00:00Z","properties":{"order_id":"econ-r2-1","revenue":80,"currency":"EUR"},"context":{"campaign":{"source":"newsletter","medium":"email"}},"messageId":"econ-r-4"}"""),
            Message("""{"type":"track","userId":"econ-r2","event":"Order Refunded","timestamp":"2031-05-20T08:00:00Z","properties":{"order_id":"econ-r2-1","revenue":8,"currency":"EUR"},"messageId":"econ-r-5"}"""));
        var (status, body) = await portal.PostTrackingAsync("import", new JsonObject { ["batch"] = batch }.ToJsonString());
        Assert.True(status == HttpStatusCode.OK, body);
        using var spend = await admin.PostAsync("/api/economics/spend", Json.Body("""
            [ { "date": "2031-05-01", "channel": "Paid Search", "cost": 60, "currency": "USD" }, { "date": "2031-05-15", "channel": "email", "cost": 40, "currency": "EUR" } ]
            """), Ct);
        Assert.Equal(HttpStatusCode.OK, spend.StatusCode);
        Assert.Equal("Succeeded", await portal.RunJobAsync("economics"));
    }

    [Fact]
    public async Task Profile_AfterTheEconomicsRun_CarriesTheLifetimeValue()
    {
        using var admin = portal.CreateApiClient();
        await SeedAsync(admin);
        using var sales = await portal.CreateApiClientAsync(PortalRoleNames.Sales, "ltv");

        var r1 = await ValueAsync(sales, "econ-r1");
        var r2 = await ValueAsync(sales, "econ-r2");

        Assert.Equal((12_000L, 1, "USD", "Paid Search"), (r1.Revenue, r1.Orders, r1.Currency, r1.Channel));
        Assert.Equal((7_920L, "Email"), (r2.Revenue, r2.Channel));
    }

    private static async Task<Client.Features.Profiles.ProfileValueDto> ValueAsync(HttpClient client, string userId)
    {
        var found = await client.GetFromJsonAsync<Client.Features.Profiles.ProfileListDto>($"/api/profiles?identifierType=user_id&identifierValue={userId}", Ct);
        var profile = await client.GetFromJsonAsync<Client.Features.Profiles.ProfileDto>($"/api/profiles/{Assert.Single(found!.Items).Id}", Ct);
        return Assert.IsType<Client.Features.Profiles.ProfileValueDto>(profile!.Value);
    }

    [Fact]
    public async Task Cac_May2031ByChannel_SpendOverNewCustomersAndLtv()
    {
        using var admin = portal.CreateApiClient();
        await SeedAsync(admin);
        using var executive = await portal.CreateApiClientAsync(PortalRoleNames.Executive, "cac");

        var report = await executive.GetFromJsonAsync<CacReportDto>("/api/economics/cac?from=2031-05-01&to=2031-05-31&groupBy=channel", Ct);
        var byMonth = await executive.GetFromJsonAsync<CacReportDto>("/api/economics/cac?from=2031-05-01&to=2031-05-31&groupBy=month", Ct);

        // Email: 44 USD for r2, who brought 88 − 8.80 = 79.20. Paid Search: 60 USD for r1 (120): 2× back in the first month.
        Assert.Equal(
        [
            ("Email", 44m, 1, 44m, 79.20m, 1.8, 0),
            ("Paid Search", 60m, 1, 60m, 120m, 2.0, 0),
        ], report!.Rows.Select(r => (r.Key, r.Economics.Spend, r.Economics.NewCustomers, r.Economics.Cac!.Value, r.Economics.Ltv!.Value, r.Economics.LtvToCac!.Value, r.Economics.PaybackMonths!.Value)));
        Assert.Equal(("USD", "2031-05", "channel"), (report.Currency, report.From, report.GroupBy));
        Assert.Equal([("2031-05", 104m, 2, 52m)], byMonth!.Rows.Select(r => (r.Key, r.Economics.Spend, r.Economics.NewCustomers, r.Economics.Cac!.Value)));
    }

    [Fact]
    public async Task Summary_May2031_KpisAndAnEmptyPreviousMonth()
    {
        using var admin = portal.CreateApiClient();
        await SeedAsync(admin);
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, "summary");

        var summary = await marketer.GetFromJsonAsync<EconomicsSummaryDto>("/api/economics/summary?from=2031-05-01&to=2031-05-31", Ct);

        Assert.NotNull(summary!.ComputedAt);
        Assert.Equal(("2031-05", "2031-05", 199.20m, 2, 2, 104m, 52m), (summary.Current.From, summary.Current.To, summary.Current.Revenue,
            summary.Current.ActiveCustomers, summary.Current.Acquisition.NewCustomers, summary.Current.Acquisition.Spend, summary.Current.Acquisition.Cac!.Value));
        Assert.Equal(("2031-04", 0m, 0, null), (summary.Previous.From, summary.Previous.Revenue, summary.Previous.ActiveCustomers, summary.Previous.Acquisition.Cac));
        Assert.Equal(99.60 / 52, summary.Current.Acquisition.LtvToCac!.Value, 1e-4);
        Assert.Equal("first-touch", summary.Attribution);
    }

    [Fact]
    public async Task Dashboard_May2031Email_NarrowedToTheChannelButBarsForEach()
    {
        using var admin = portal.CreateApiClient();
        await SeedAsync(admin);
        using var executive = await portal.CreateApiClientAsync(PortalRoleNames.Executive, "dashboard");

        var dashboard = await executive.GetFromJsonAsync<EconomicsDashboardDto>("/api/economics/dashboard?from=2031-05&to=2031-05&channel=email", Ct);

        Assert.Equal(("Email", "2031-05", "2031-05", "USD"), (dashboard!.Channel, dashboard.From, dashboard.To, dashboard.Currency));
        Assert.Contains("Paid Search", dashboard.Channels);
        Assert.Equal((79.20m, 1, 1, 44m), (dashboard.Current.Revenue, dashboard.Current.ActiveCustomers, dashboard.Current.Acquisition.NewCustomers, dashboard.Current.Acquisition.Spend));
        Assert.Equal([("Email", 1.8), ("Paid Search", 2.0)], dashboard.ByChannel.Select(r => (r.Key, r.Economics.LtvToCac!.Value)));
        Assert.Equal([("2031-05", 44m)], dashboard.ByMonth.Select(r => (r.Key, r.Economics.Cac!.Value)));
        Assert.Equal([("2031-05", 0, 1, 1.0, 79.20m)], dashboard.Retention.Select(r => (r.Cohort, r.MonthIndex, r.Customers, r.Retention, r.CumulativeRevenuePerCustomer)));
        Assert.Equal(dashboard.PredictedCustomers, dashboard.ClvBins.Sum(b => b.Customers));
    }

    [Fact]
    public async Task Dashboard_Sales_Forbidden()
    {
        using var sales = await portal.CreateApiClientAsync(PortalRoleNames.Sales, "dashboard");

        using var response = await sales.GetAsync("/api/economics/dashboard", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/economics/cac?groupBy=week", "groupBy")]
    [InlineData("/api/economics/cac?from=May", "from")]
    [InlineData("/api/economics/summary?from=2031-06-01&to=2031-05-01", "from")]
    [InlineData("/api/economics/summary?to=31.05.2031", "to")]
    [InlineData("/api/economics/dashboard?channel=Carrier%20Pigeon", "channel")]
    [InlineData("/api/economics/dashboard?from=2031-13", "from")]
    public async Task Reports_InputToCorrect_ProblemNamingTheField(string url, string field)
    {
        using var executive = await portal.CreateApiClientAsync(PortalRoleNames.Executive, "reports");

        using var response = await executive.GetAsync(url, Ct);
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Settings_MarketerSaves_Forbidden()
    {
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, "settings");

        using var response = await marketer.PutAsync("/api/economics/settings", Json.Body("""{ "currency": "EUR" }"""), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Settings_WrongRateAndModel_ProblemNamingEach()
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.PutAsync("/api/economics/settings", Json.Body("""{ "attribution": "linear", "rates": { "EUR": 0, "XX": 2 } }"""), Ct);
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("attribution,rates.EUR,rates.XX", string.Join(",", problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal)));
    }
}
