using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Features.Privacy.Retention;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary><c>/api/privacy/retention</c> and the <c>retention</c> job over real HTTP. Each test leaves every class kept forever.</summary>
[Collection(PortalCollection.Name)]
public sealed class RetentionEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetRetention_Sales_ReadsEveryClassKeptForeverButMayNotChangeIt()
    {
        using var sales = await portal.CreateApiClientAsync(PortalRoleNames.Sales, "retention");

        var settings = await sales.GetFromJsonAsync<RetentionSettingsDto>("/api/privacy/retention", Ct);
        using var put = await sales.PutAsJsonAsync("/api/privacy/retention", new RetentionSettingsRequest([new RetentionLimitDto("events", 30)]), Ct);

        Assert.Equal(["events", "raw-messages", "crm-activities", "destination-ledgers", "suppressed-counters"], settings!.Classes.Select(c => c.Class));
        Assert.All(settings.Classes, c => Assert.Null(c.Days));
        Assert.Equal(3_650, settings.MaxDays);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer)]
    [InlineData(PortalRoleNames.Executive)]
    [InlineData(PortalRoleNames.ProductManager)]
    public async Task PutRetention_NotAdmin_Forbidden(string role)
    {
        using var client = await portal.CreateApiClientAsync(role, "retention");

        using var put = await client.PutAsJsonAsync("/api/privacy/retention", new RetentionSettingsRequest([new RetentionLimitDto("events", 30)]), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        var settings = await client.GetFromJsonAsync<RetentionSettingsDto>("/api/privacy/retention", Ct);
        Assert.All(settings!.Classes, c => Assert.Null(c.Days));
    }

    [Theory]
    [InlineData("""{"classes":[{"class":"events","days":30},{"class":"messages","days":30}]}""", "classes[1].class", "'messages' is not a data class")]
    [InlineData("""{"classes":[{"class":"events","days":0}]}""", "classes[0].days", "Keep between 1 and")]
    [InlineData("""{"classes":[{"class":"events","days":4000}]}""", "classes[0].days", "4000 is not")]
    [InlineData("""{"classes":[{"class":"events","days":30},{"class":"EVENTS","days":60}]}""", "classes[1].class", "listed twice")]
    [InlineData("""{}""", "classes", "Give the limit of each class")]
    public async Task PutRetention_BadInput_ValidationProblemNamingTheFieldAndNothingSaved(string body, string field, string message)
    {
        using var admin = portal.CreateApiClient();

        using var put = await admin.PutAsync("/api/privacy/retention", Json.Body(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains(message, (await Json.ReadAsync(put))["errors"]![field]![0]!.GetValue<string>());
        var settings = await admin.GetFromJsonAsync<RetentionSettingsDto>("/api/privacy/retention", Ct);
        Assert.All(settings!.Classes, c => Assert.Null(c.Days));
    }

    [Fact]
    public async Task RunRetention_Twice_ReportsStoredLatestFirstWithTheLimitsInForce()
    {
        using var admin = portal.CreateApiClient();
        using var saved = await admin.PutAsJsonAsync("/api/privacy/retention",
            new RetentionSettingsRequest([new RetentionLimitDto("raw-messages", 400), new RetentionLimitDto("crm-activities", 3_650)]), Ct);
        try
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var settings = await saved.Content.ReadFromJsonAsync<RetentionSettingsDto>(Ct);
            Assert.Equal([null, 400, 3_650, null, null], settings!.Classes.Select(c => c.Days));
            Assert.NotNull(settings.UpdatedBy);

            Assert.Equal("Succeeded", await portal.RunJobAsync("retention"));
            Assert.Equal("Succeeded", await portal.RunJobAsync("retention"));

            var reports = await admin.GetFromJsonAsync<List<RetentionReportDto>>("/api/privacy/retention/reports?limit=2", Ct);
            Assert.Equal(2, reports!.Count);
            Assert.True(reports[0].Id > reports[1].Id);
            Assert.All(reports, r => Assert.Equal("Succeeded", r.Status));
            var latest = reports[0];
            Assert.Equal([("Events", (int?)null), ("Raw messages", 400), ("CRM notes and activities", 3_650), ("Destination ledgers", null),
                    ("Suppressed-message counters", null)],
                latest.Classes.Select(c => (c.Name, c.Days)));
            Assert.Equal(0, latest.Purged);
            Assert.NotNull(latest.Classes[1].Cutoff);
        }
        finally
        {
            using var reset = await admin.PutAsJsonAsync("/api/privacy/retention", new RetentionSettingsRequest([]), Ct);
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }
    }

    [Fact]
    public async Task PutRetention_Admin_AuditedWithEachChangedLimitAndARefusedSaveIsNot()
    {
        using var admin = portal.CreateApiClient();
        var before = (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?take=1", Ct))!.Items.Select(e => e.Id).DefaultIfEmpty().Max();
        try
        {
            using var refused = await admin.PutAsJsonAsync("/api/privacy/retention", new RetentionSettingsRequest([new RetentionLimitDto("events", 0)]), Ct);
            using var first = await admin.PutAsJsonAsync("/api/privacy/retention",
                new RetentionSettingsRequest([new RetentionLimitDto("events", 365), new RetentionLimitDto("raw-messages", 30)]), Ct);
            using var second = await admin.PutAsJsonAsync("/api/privacy/retention", new RetentionSettingsRequest([new RetentionLimitDto("events", 365)]), Ct);
            Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.OK), (refused.StatusCode, first.StatusCode, second.StatusCode));

            var entries = (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?action=privacy.retention-changed&take=200", Ct))!
                .Items.Where(e => e.Id > before).Reverse().ToList();
            Assert.Equal(["events: forever → 365 days; raw-messages: forever → 30 days", "raw-messages: 30 days → forever"], entries.Select(e => e.Detail));
            Assert.All(entries, e => Assert.Equal(("settings", "retention", "Retention limits", "api-key:bootstrap"),
                (e.TargetType, e.TargetId, e.TargetDisplay, e.ActorId)));
        }
        finally
        {
            using var reset = await admin.PutAsJsonAsync("/api/privacy/retention", new RetentionSettingsRequest([]), Ct);
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task GetReports_LimitOutOfRange_ValidationProblem(int limit)
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.GetAsync($"/api/privacy/retention/reports?limit={limit}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]!["limit"]);
    }
}
