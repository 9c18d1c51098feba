using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class EconomicsEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    /// <summary>
    /// CDNOW_sample.txt as Segment's import tool would send it: one Order Completed per purchase row, its day as the
    /// historical timestamp (no sentAt, so it stands), the customer as userId, dollars as revenue.
    /// </summary>
    private async Task ImportCdnowAsync()
    {
        var rows = CdnowSample.Purchases();
        foreach (var chunk in rows.Select((p, i) => (Purchase: p, Row: i)).Chunk(1000))
        {
            var batch = new JsonArray(chunk.Select(r => (JsonNode)new JsonObject
            {
                ["type"] = "track",
                ["event"] = "Order Completed",
                ["userId"] = $"cdnow-{r.Purchase.CustomerKey}",
                ["messageId"] = $"cdnow-row-{r.Row}",
                ["timestamp"] = r.Purchase.Timestamp.AddHours(12).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["properties"] = new JsonObject { ["revenue"] = r.Purchase.Amount / 100m },
            }).ToArray());
            var (status, body) = await portal.PostTrackingAsync("import", new JsonObject { ["batch"] = batch }.ToJsonString());
            Assert.True(status == HttpStatusCode.OK, body);
        }

        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
    }

    [Fact]
    public async Task ClvFit_CdnowImportedThroughTrackingApi_PublishedBgNbdAndGammaGamma()
    {
        await ImportCdnowAsync();
        using var executive = await portal.CreateApiClientAsync(PortalRoleNames.Executive, "clv");

        var clock = Stopwatch.StartNew();
        using var response = await executive.PostAsync("/api/economics/clv/fit", Json.Body("""{ "calibrationEnd": "1997-09-30", "timeUnit": "week" }"""), Ct);
        clock.Stop();
        var fit = (await response.Content.ReadFromJsonAsync<ClvFitDto>(Ct))!;
        var raw = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2357, "1997-09-30", "week"), (fit.Customers, fit.CalibrationEnd, fit.TimeUnit));
        // Fader, Hardie & Lee (2005): r, α, a, b = 0.2425982, 4.4136842, 0.7929899, 2.4261667; LL −9582.429.
        Assert.Equal(0.2425982, fit.BgNbd.R, 0.2425982e-3);
        Assert.Equal(4.4136842, fit.BgNbd.Alpha, 4.4136842e-3);
        Assert.Equal(0.7929899, fit.BgNbd.A, 0.7929899e-3);
        Assert.Equal(2.4261667, fit.BgNbd.B, 2.4261667e-3);
        Assert.Equal(-9582.429, fit.BgNbd.LogLikelihood, 1e-3);
        // Fader & Hardie (2013): p, q, γ = 6.25, 3.74, 15.44 on the 946 repeat customers; LL −4055.9177 (CLVTools).
        Assert.Equal((946, 6.25, 3.74, 15.44), (fit.GammaGamma.Customers, Math.Round(fit.GammaGamma.P, 2), Math.Round(fit.GammaGamma.Q, 2), Math.Round(fit.GammaGamma.Gamma, 2)));
        Assert.Equal(-4055.9177, fit.GammaGamma.LogLikelihood, 1e-3);
        Assert.Equal(["a", "alpha", "b", "logLikelihood", "r"], raw["bgnbd"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["customers", "gamma", "logLikelihood", "p", "q"], raw["gammaGamma"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Xunit.TestContext.Current.SendDiagnosticMessage($"CDNOW CLV fit over HTTP: {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ClvFit_CdnowWithA39WeekHoldout_PublishedPredictedAndActualMeansPerFrequency()
    {
        await ImportCdnowAsync();
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, "clv-holdout");

        using var response = await marketer.PostAsync("/api/economics/clv/fit",
            Json.Body("""{ "calibrationEnd": "1997-09-30", "timeUnit": "week", "holdoutEnd": "1998-06-30" }"""), Ct);
        var fit = (await response.Content.ReadFromJsonAsync<ClvFitDto>(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var holdout = Assert.IsType<ClvHoldoutDto>(fit.Holdout);
        Assert.Equal(("1997-10-01", "1998-06-30", 39.0, 2357, 1882), (holdout.From, holdout.To, holdout.Length, holdout.Customers, holdout.ActualPurchases));
        // Fader, Hardie & Lee (2005), fig. 4: mean holdout purchases by calibration frequency x = 0..6, 7+.
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7+"], holdout.Rows.Select(r => r.Label));
        Assert.Equal([0.237, 0.697, 1.393, 1.560, 2.532, 2.947, 3.862, 6.359], holdout.Rows.Select(r => Math.Round(r.ActualMean, 3)));
        Assert.Equal([0.225, 0.523, 1.044, 1.520, 2.164, 2.654, 3.504, 6.157], holdout.Rows.Select(r => Math.Round(r.PredictedMean, 3)));
        Assert.Equal(1653.4, holdout.PredictedPurchases, 0.5);
    }

    [Fact]
    public async Task ClvModel_AfterTheEconomicsRun_TheFitItUsed()
    {
        await ImportCdnowAsync();
        Assert.Equal("Succeeded", await portal.RunJobAsync("economics"));
        using var executive = await portal.CreateApiClientAsync(PortalRoleNames.Executive, "clv-model");

        using var response = await executive.GetAsync("/api/economics/clv/model", Ct);
        var model = (await response.Content.ReadFromJsonAsync<ClvModelDto>(Ct))!;
        var raw = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(model.ComputedAt);
        Assert.Equal((DateOnly.FromDateTime(model.ComputedAt!.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "week", true, null),
            (model.CalibrationEnd, model.TimeUnit, model.Converged, model.Problem));
        Assert.InRange(model.Customers!.Value, 2357, int.MaxValue);
        Assert.True(model.BgNbd!.R > 0 && model.BgNbd.LogLikelihood < 0);
        Assert.True(model.GammaGamma!.P > 0 && model.GammaGamma.Customers >= 946);
        Assert.Equal(["a", "alpha", "b", "logLikelihood", "r"], raw["bgnbd"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ClvModel_Sales_Forbidden()
    {
        using var sales = await portal.CreateApiClientAsync(PortalRoleNames.Sales, "clv-model");

        using var response = await sales.GetAsync("/api/economics/clv/model", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("""{ "calibrationEnd": "1997-09-30", "timeUnit": "week", "holdoutEnd": "1997-09-30" }""", "holdoutEnd", "choose a holdout end after it")]
    [InlineData("""{ "calibrationEnd": "1997-09-30", "timeUnit": "week", "holdoutEnd": "June 1998" }""", "holdoutEnd", "YYYY-MM-DD")]
    [InlineData("""{ "calibrationEnd": "1997-09-30", "timeUnit": "fortnight" }""", "timeUnit", "use day, week or month")]
    [InlineData("""{ "calibrationEnd": "30/09/1997", "timeUnit": "week" }""", "calibrationEnd", "YYYY-MM-DD")]
    [InlineData("""{ "timeUnit": "week" }""", "calibrationEnd", "YYYY-MM-DD")]
    [InlineData("""{ "calibrationEnd": "1900-01-31", "timeUnit": "day" }""", "calibrationEnd", "No purchases ('Order Completed' events")]
    public async Task ClvFit_InputToCorrect_ProblemNamingTheField(string body, string field, string says)
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.PostAsync("/api/economics/clv/fit", Json.Body(body), Ct);
        var problem = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains(says, problem["errors"]![field]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoleNames.Sales)]
    [InlineData(PortalRoleNames.ProductManager)]
    public async Task ClvFit_RoleWithoutEconomics_Forbidden(string role)
    {
        using var client = await portal.CreateApiClientAsync(role, "clv");

        using var response = await client.PostAsync("/api/economics/clv/fit", Json.Body("""{ "calibrationEnd": "1997-09-30", "timeUnit": "week" }"""), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
