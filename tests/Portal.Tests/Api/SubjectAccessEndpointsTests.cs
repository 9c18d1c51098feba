using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Tests.Infrastructure;
using Lodestar.Testing.Privacy;
using Lodestar.Testing.Receivers;

namespace Lodestar.Portal.Tests.Api;

/// <summary>Subject access over real HTTP: Ann (<see cref="SubjectAccessScenario"/>) downloaded by phone or by profile, by admins only.</summary>
[Collection(PortalCollection.Name)]
public sealed class SubjectAccessEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static SubjectAccessScenario? _scenario;

    [Fact]
    public async Task ExportByPhone_Admin_AttachmentWithEverySectionAndAnAuditEntryWithTheNumberMasked()
    {
        var s = await ScenarioAsync();
        using var admin = portal.CreateApiClient();
        var before = await LastAuditIdAsync(admin);

        using var response = await admin.GetAsync($"/api/privacy/subjects/export?type=phone&value={Uri.EscapeDataString(s.AnnPhone)}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", $"lodestar-subject-{s.AnnProfileId}-{DateTime.UtcNow:yyyy-MM-dd}.json"),
            (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileName));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var doc = JsonNode.Parse(text)!;
        Assert.Superset(s.AnnMessageIds.ToHashSet(), doc["events"]!.AsArray().Select(e => e!["messageId"]!.GetValue<string>()).ToHashSet());
        Assert.Equal(s.AnnContactId, Assert.Single(doc["crm"]!["contacts"]!.AsArray())!["contactId"]!.GetValue<long>());
        Assert.Contains(doc["crm"]!["activities"]!.AsArray(), a => a!["body"]?.GetValue<string>() == s.AnnNote);
        Assert.Equal("withdrawn", doc["consent"]!["current"]!.AsArray().Single(c => c!["category"]!.GetValue<string>() == "marketing")!["decision"]!.GetValue<string>());
        Assert.Equal(s.SegmentName, Assert.Single(doc["segments"]!["current"]!.AsArray())!["segment"]!.GetValue<string>());
        Assert.Equal((s.DestinationName, "sent"), (Assert.Single(doc["destinations"]!["heldBy"]!.AsArray())!["destination"]!.GetValue<string>(),
            Assert.Single(doc["destinations"]!["records"]!.AsArray())!["status"]!.GetValue<string>()));
        Assert.Superset(new HashSet<string> { $"anonymous_id:{s.AnnAnonymousId}", $"user_id:{s.AnnUserId}", $"email:{s.AnnEmail}" },
            doc["identifiers"]!.AsArray().Select(i => $"{i!["type"]}:{i["value"]}").ToHashSet());
        foreach (var bob in new[] { s.BobEmail, s.BobUserId, s.BobNote })
            Assert.DoesNotContain(bob, text, StringComparison.OrdinalIgnoreCase);

        var entry = Assert.Single(await AuditSinceAsync(admin, before));
        Assert.Equal(("privacy.subject-exported", "profile", s.AnnProfileId.ToString(System.Globalization.CultureInfo.InvariantCulture), "api-key:bootstrap"),
            (entry.Action, entry.TargetType, entry.TargetId, entry.ActorId));
        Assert.StartsWith("phone +", entry.TargetDisplay, StringComparison.Ordinal);
        Assert.EndsWith(s.AnnPhoneE164[^2..], entry.TargetDisplay, StringComparison.Ordinal);
        Assert.DoesNotContain(s.AnnPhoneE164[2..^2], entry.TargetDisplay + entry.Detail, StringComparison.Ordinal);
        Assert.Contains($"events {doc["summary"]!["events"]!.GetValue<int>()}", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportProfile_MergedProfile_TheWholePersonNamedAfterTheAskedProfile()
    {
        var s = await ScenarioAsync();
        using var admin = portal.CreateApiClient();
        var before = await LastAuditIdAsync(admin);

        using var response = await admin.GetAsync($"/api/profiles/{s.AnnMergedProfileId}/export", Ct);
        var doc = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"lodestar-subject-{s.AnnMergedProfileId}-{DateTime.UtcNow:yyyy-MM-dd}.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(s.AnnMergedProfileId, doc["request"]!["profileId"]!.GetValue<long>());
        Assert.Equal([s.AnnProfileId, s.AnnMergedProfileId], doc["profiles"]!.AsArray().Select(p => p!["profileId"]!.GetValue<long>()).Order());
        Assert.Equal(s.AnnContactId, Assert.Single(doc["crm"]!["contacts"]!.AsArray())!["contactId"]!.GetValue<long>());
        var entry = Assert.Single(await AuditSinceAsync(admin, before));
        Assert.Equal(("privacy.subject-exported", $"profile {s.AnnMergedProfileId}"), (entry.Action, entry.TargetDisplay));
    }

    [Theory]
    [InlineData(PortalRoleNames.Marketer)]
    [InlineData(PortalRoleNames.Executive)]
    [InlineData(PortalRoleNames.ProductManager)]
    [InlineData(PortalRoleNames.Sales)]
    public async Task Export_NotAnAdmin_ForbiddenAndNothingAudited(string role)
    {
        var s = await ScenarioAsync();
        using var admin = portal.CreateApiClient();
        var before = await LastAuditIdAsync(admin);
        using var client = await portal.CreateApiClientAsync(role, "subject access");

        using var byEmail = await client.GetAsync($"/api/privacy/subjects/export?type=email&value={Uri.EscapeDataString(s.AnnEmail)}", Ct);
        using var byProfile = await client.GetAsync($"/api/profiles/{s.AnnProfileId}/export", Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (byEmail.StatusCode, byProfile.StatusCode));
        Assert.DoesNotContain(s.AnnEmail, await byEmail.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await AuditSinceAsync(admin, before), e => e.Action == "privacy.subject-exported");
    }

    [Fact]
    public async Task Export_Anonymous_Unauthorized()
    {
        using var client = portal.CreateHttpClient();

        using var byEmail = await client.GetAsync("/api/privacy/subjects/export?type=email&value=someone%40example.com", Ct);
        using var byProfile = await client.GetAsync("/api/profiles/1/export", Ct);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (byEmail.StatusCode, byProfile.StatusCode));
    }

    [Theory]
    [InlineData("", "ann@example.com", "type")]
    [InlineData("shoe-size", "42", "type")]
    [InlineData("email", "", "value")]
    [InlineData("email", "   ", "value")]
    [InlineData("phone", "call me", "value")]
    [InlineData("crmContactId", "abc", "value")]
    public async Task ExportByIdentifier_BadInput_ValidationProblemNamingTheFieldAndNoFile(string type, string value, string field)
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.GetAsync($"/api/privacy/subjects/export?type={Uri.EscapeDataString(type)}&value={Uri.EscapeDataString(value)}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task Export_NobodyFound_NotFoundProblem()
    {
        using var admin = portal.CreateApiClient();

        using var byEmail = await admin.GetAsync($"/api/privacy/subjects/export?type=email&value=nobody.{Guid.NewGuid():N}%40example.com", Ct);
        using var byUser = await admin.GetAsync($"/api/privacy/subjects/export?type=userId&value=nobody-{Guid.NewGuid():N}", Ct);
        using var byProfile = await admin.GetAsync("/api/profiles/987654321/export", Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (byEmail.StatusCode, byUser.StatusCode, byProfile.StatusCode));
        Assert.Equal("application/problem+json", byEmail.Content.Headers.ContentType?.MediaType);
        Assert.Contains("nothing", (await Json.ReadAsync(byEmail))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(byProfile.Content.Headers.ContentDisposition);
    }

    /// <summary>Ann and Bob, seeded once for the class through the tracking API and the identity-resolution job.</summary>
    private async Task<SubjectAccessScenario> ScenarioAsync()
    {
        await Seeding.WaitAsync(Ct);
        try
        {
            if (_scenario is null)
            {
                await using var receiver = await WebhookReceiver.StartAsync(SubjectAccessScenario.Secret);
                _scenario = await SubjectAccessScenario.SeedAsync(portal.Services, Guid.NewGuid().ToString("N")[..8], SendAsync, ResolveAsync, receiver.Url, Ct);
            }

            return _scenario;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task SendAsync(string[] messages)
    {
        var batch = new JsonArray([.. messages.Select(m => JsonNode.Parse(m))]);
        var (status, body) = await portal.PostTrackingAsync("batch", new JsonObject { ["batch"] = batch }.ToJsonString());
        Assert.True(status == HttpStatusCode.OK, body);
    }

    private async Task ResolveAsync() => Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));

    private static async Task<long> LastAuditIdAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?take=1", Ct))!.Items.FirstOrDefault()?.Id ?? 0;

    private static async Task<List<AuditEntryDto>> AuditSinceAsync(HttpClient admin, long before) =>
        (await admin.GetFromJsonAsync<AuditPageDto>("/api/audit?take=200", Ct))!.Items.Where(e => e.Id > before).ToList();
}
