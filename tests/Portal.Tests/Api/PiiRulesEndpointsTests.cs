using System.Net;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary>PII rules are workspace-wide: each test that saves some puts back none before it ends (the collection runs one test at a time).</summary>
[Collection(PortalCollection.Name)]
public sealed class PiiRulesEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private static readonly PiiRulesDto Three = new(
        [new("properties.ssn", "drop"), new("traits.email", "hash"), new("context.traits.phone", "drop")]);

    [Fact]
    public async Task Put_ThenTrackAndBatch_StoredWithoutTheValuesAndTheDebuggerShowsWhatWasDone()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        var phone = "+1555" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var admin = portal.CreateApiClient();
        using var saved = await admin.PutAsJsonAsync("/api/privacy/pii-rules", Three, Ct);
        try
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track",
                $$$"""{"userId":"pii-{{{id}}}","event":"Applied","properties":{"ssn":"987-65-{{{id}}}","plan":"pro"}}""")).Status);
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("batch", $$$"""
                {"batch":[{"type":"identify","userId":"pii-{{{id}}}","traits":{"email":"jane.{{{id}}}@example.com"}}],
                 "context":{"traits":{"phone":"{{{phone}}}"} } }
                """)).Status);

            var stored = await StoredEvents.ForUserAsync(portal, $"pii-{id}");
            var events = (await admin.GetFromJsonAsync<List<EventDto>>($"/api/events?userId=pii-{id}", Ct))!;

            Assert.Equal(2, stored.Count);
            Assert.All(stored, e => Assert.DoesNotContain($"987-65-{id}", e.Raw));
            Assert.All(stored, e => Assert.DoesNotContain($"jane.{id}@example.com", e.Raw));
            Assert.All(stored, e => Assert.DoesNotContain(phone[1..], e.Raw + e.Phone));
            Assert.Equal(64, stored[1].Email!.Length);
            Assert.Equal(["email hashed", "phone dropped"], events.Single(e => e.Type == "identify").Pii!.Select(m => m.Label));
            Assert.Equal(["ssn dropped"], events.Single(e => e.Type == "track").Pii!.Select(m => m.Label));
        }
        finally
        {
            using var cleared = await admin.PutAsJsonAsync("/api/privacy/pii-rules", new PiiRulesDto([]), Ct);
            Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        }
    }

    [Fact]
    public async Task Put_BadRules_ProblemNamingEachRuleAndNothingSaved()
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.PutAsJsonAsync("/api/privacy/pii-rules",
            new PiiRulesDto([new("properties.ssn", "drop"), new("ssn", "drop"), new("properties.ssn", "hash"), new("traits.email", "mask")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response))["errors"]!.AsObject();
        Assert.Equal(["rules[1].path", "rules[2].path", "rules[3].action"], errors.Select(e => e.Key).Order());
        Assert.Empty((await admin.GetFromJsonAsync<PiiRulesDto>("/api/privacy/pii-rules", Ct))!.Rules);
    }

    [Fact]
    public async Task Rules_SalesReadsMarketerMayNotWrite()
    {
        using var sales = await portal.CreateApiClientAsync(PortalRoleNames.Sales, "pii rules");
        using var marketer = await portal.CreateApiClientAsync(PortalRoleNames.Marketer, "pii rules");

        using var read = await sales.GetAsync("/api/privacy/pii-rules", Ct);
        using var write = await marketer.PutAsJsonAsync("/api/privacy/pii-rules", Three, Ct);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }
}
