using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class AuditEndpointsTests(SharedPortal portal)
{
    private const string UserAgent = "audit-tests/1.0";
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private HttpClient Admin()
    {
        var client = portal.CreateApiClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }

    private static string SegmentBody(string name) =>
        $$$"""{"name":"{{{name}}}","rule":{"match":"all","children":[{"kind":"trait","trait":"cohort","test":{"type":"string","operator":"equals","value":"nobody"}}]},"refreshMinutes":60}""";

    [Fact]
    public async Task Hooks_AdminActionsThroughTheApi_OneEntryEachWithWhoWhatWhere()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var admin = Admin();
        var before = (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?take=1", Ct))!.Items.FirstOrDefault()?.Id ?? 0;

        var user = (await ApiCalls.ReadAsync<CreatedUserDto>(admin.PostAsJsonAsync("/api/settings/users", new UserRequest($"audit.{tag}@example.com", null, ["Marketer"]), Ct))).User;
        await ApiCalls.SendAsync(admin.PutAsJsonAsync($"/api/settings/users/{user.Id}", new UserRequest(user.Email, null, ["Sales", "Marketer"]), Ct));
        await ApiCalls.SendAsync(admin.PutAsJsonAsync($"/api/settings/users/{user.Id}", new UserRequest(user.Email, "Same roles", ["Marketer", "Sales"]), Ct));
        var key = (await ApiCalls.ReadAsync<CreatedApiKeyDto>(admin.PostAsJsonAsync("/api/settings/api-keys", new ApiKeyRequest($"Audit {tag}", "Executive"), Ct))).Key;
        await ApiCalls.SendAsync(admin.DeleteAsync($"/api/settings/api-keys/{key.Id}", Ct));
        var segment = await ApiCalls.ReadAsync<SegmentDto>(admin.PostAsync("/api/segments", Json.Body(SegmentBody($"Audit {tag}")), Ct));
        await ApiCalls.SendAsync(admin.PutAsync($"/api/segments/{segment.Id}", Json.Body(SegmentBody($"Audit {tag} renamed")), Ct));
        using (var csv = new HttpRequestMessage(HttpMethod.Get, $"/api/segments/{segment.Id}/members"))
        {
            csv.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            await ApiCalls.SendAsync(admin.SendAsync(csv, Ct));
        }

        await ApiCalls.SendAsync(admin.DeleteAsync($"/api/segments/{segment.Id}", Ct));
        var categories = (await admin.GetFromJsonAsync<ConsentCategoriesDto>("/api/privacy/consent/categories", Ct))!;
        await ApiCalls.SendAsync(admin.PutAsJsonAsync("/api/privacy/consent/categories", categories, Ct));
        await ApiCalls.SendAsync(admin.PutAsJsonAsync("/api/privacy/pii-rules", new PiiRulesDto([]), Ct));

        var entries = (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?take=200", Ct))!.Items.Where(e => e.Id > before).Reverse().ToList();
        Assert.Equal(
        [
            "user.created", "user.role-changed", "apikey.created", "apikey.revoked", "segment.created", "segment.updated",
            "segment.members-exported", "segment.deleted", "consent.categories-changed", "privacy.pii-rules-changed",
        ], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("api-key", "api-key:bootstrap", "Bootstrap API key", "127.0.0.1", UserAgent),
            (e.ActorType, e.ActorId, e.ActorName, e.IpAddress, e.UserAgent)));
        Assert.All(entries, e => Assert.InRange(DateTime.UtcNow - e.OccurredAt, TimeSpan.Zero, TimeSpan.FromMinutes(5)));
        Assert.Equal(("user", user.Id, $"audit.{tag}@example.com", "roles: Marketer → Marketer, Sales"),
            (entries[1].TargetType, entries[1].TargetId, entries[1].TargetDisplay, entries[1].Detail));
        Assert.Equal(($"Audit {tag}", "role: Executive, prefix " + key.Prefix), (entries[3].TargetDisplay, entries[3].Detail));
        Assert.Equal(($"Audit {tag} renamed", "CSV, 0 members"), (entries[6].TargetDisplay, entries[6].Detail));
        Assert.Equal(string.Join(", ", categories.Categories), entries[8].Detail);
    }

    [Fact]
    public async Task List_Filters_SearchActionUserDatesAndPaging()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var admin = Admin();
        var segment = await ApiCalls.ReadAsync<SegmentDto>(admin.PostAsync("/api/segments", Json.Body(SegmentBody($"Filtered {tag}")), Ct));
        await ApiCalls.SendAsync(admin.DeleteAsync($"/api/segments/{segment.Id}", Ct));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        async Task<AuditPageDto> ListAsync(string query) => (await admin.GetFromJsonAsync<AuditPageDto>($"/api/audit?q={tag}&{query}", Ct))!;

        Assert.Equal(["segment.deleted", "segment.created"], (await ListAsync("action=segment.*")).Items.Select(e => e.Action));
        Assert.Equal(["segment.deleted"], (await ListAsync("action=segment.deleted")).Items.Select(e => e.Action));
        Assert.Equal(2, (await ListAsync("user=bootstrap%20API%20key&from=" + today + "&to=" + today)).Total);
        Assert.Empty((await ListAsync("from=" + tomorrow)).Items);
        Assert.Empty((await ListAsync("user=someone.else@example.com")).Items);
        var second = await ListAsync("skip=1&take=1");
        Assert.Equal((2, "segment.created"), (second.Total, Assert.Single(second.Items).Action));
        Assert.Contains("segment.deleted", (await admin.GetFromJsonAsync<List<string>>("/api/audit/actions", Ct))!);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("take=500", "take")]
    [InlineData("skip=-1", "skip")]
    [InlineData("from=2026-03-02&to=2026-03-01", "to")]
    public async Task List_BadParameter_ProblemNamingIt(string query, string field)
    {
        using var admin = Admin();

        using var response = await admin.GetAsync("/api/audit?" + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer)]
    [InlineData(PortalRoleNames.Executive)]
    public async Task List_NotAdmin_Forbidden(string role)
    {
        using var client = await portal.CreateApiClientAsync(role, "audit");
        using var anonymous = portal.CreateHttpClient();

        using var list = await client.GetAsync("/api/audit", Ct);
        using var actions = await client.GetAsync("/api/audit/actions", Ct);
        using var signedOut = await anonymous.GetAsync("/api/audit", Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized), (list.StatusCode, actions.StatusCode, signedOut.StatusCode));
    }
}
