using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Lodestar.Domain.Accounts;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class SegmentEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private async Task<HttpClient> ClientAsync(string role)
    {
        var key = await portal.Get<ApiKeyService>().CreateAsync($"{role} segments {Guid.NewGuid():N}", role, "tests", Ct);
        return portal.CreateApiClient(key.Secret);
    }

    /// <summary>Three people of a cohort: one spent 300 over two orders, one 100, one nothing.</summary>
    private async Task<string> CohortAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var (user, orders) in new[] { ("a", new[] { 100, 200 }), ("b", new[] { 100 }), ("c", Array.Empty<int>()) })
        {
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("identify", $$$"""{"userId":"{{{user}}}-{{{tag}}}","traits":{"cohort":"{{{tag}}}","name":"{{{user}}} {{{tag}}}"}}""")).Status);
            foreach (var revenue in orders)
                Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", $$$"""{"userId":"{{{user}}}-{{{tag}}}","event":"Order Completed","properties":{"revenue":{{{revenue}}}}}""")).Status);
        }

        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        return tag;
    }

    private static string Rule(string tag, string? extra = null) =>
        $$$"""{"match":"all","children":[{"kind":"trait","trait":"cohort","test":{"type":"string","operator":"equals","value":"{{{tag}}}"}}{{{extra}}}]}""";

    private const string SpentOver200 = """{"kind":"computed","event":"Order Completed","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"200"}}""";

    /// <summary>
    /// The segment once a computation that started after its version <paramref name="version"/> was saved has finished
    /// (a scheduled refresh of the previous version can finish in between and must not count) and none is running.
    /// </summary>
    private static async Task<SegmentDto> LiveAsync(HttpClient client, long id, int version)
    {
        for (var i = 0; i < 300; i++)
        {
            var segment = (await client.GetFromJsonAsync<SegmentDto>($"/api/segments/{id}", Ct))!;
            var refreshes = (await client.GetFromJsonAsync<List<SegmentRefreshDto>>($"/api/segments/{id}/refreshes", Ct))!;
            if (segment.Version == version && segment.Status is "live" or "failed" && refreshes.All(r => r.Status != "running")
                && refreshes.Any(r => r.StartedAt >= segment.UpdatedAt))
                return segment;
            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"Segment {id} was not computed within 30 s.");
    }

    [Fact]
    public async Task Segments_PreviewSaveRefreshEditMembers_OverHttp()
    {
        var tag = await CohortAsync();
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);
        var rule = Rule(tag, "," + SpentOver200);

        using var previewed = await marketer.PostAsync("/api/segments/preview", Json.Body(rule), Ct);
        var preview = (await previewed.Content.ReadFromJsonAsync<SegmentPreviewDto>(Ct))!;
        using var created = await marketer.PostAsync("/api/segments", Json.Body($$$"""{"name":"Big spenders {{{tag}}}","rule":{{{rule}}},"refreshMinutes":60}"""), Ct);
        var segment = (await created.Content.ReadFromJsonAsync<SegmentDto>(Ct))!;
        var live = await LiveAsync(marketer, segment.Id, 1);
        using var edited = await marketer.PutAsync($"/api/segments/{segment.Id}", Json.Body($$$"""{"name":"Cohort {{{tag}}}","rule":{{{Rule(tag)}}},"refreshMinutes":30}"""), Ct);
        var afterEdit = await LiveAsync(marketer, segment.Id, 2);
        var members = await marketer.GetFromJsonAsync<SegmentMembersDto>($"/api/segments/{segment.Id}/members?q={tag}&limit=2", Ct);
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/segments/{segment.Id}/members");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var csv = await marketer.SendAsync(csvRequest, Ct);
        var history = await marketer.GetFromJsonAsync<List<SegmentVersionDto>>($"/api/segments/{segment.Id}/history", Ct);
        var refreshes = await marketer.GetFromJsonAsync<List<SegmentRefreshDto>>($"/api/segments/{segment.Id}/refreshes", Ct);
        var list = await marketer.GetFromJsonAsync<List<SegmentListItemDto>>("/api/segments", Ct);

        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Equal((1, $"a {tag}"), (preview.Count, Assert.Single(preview.Sample).DisplayName));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("live", 1), (live.Status, live.Size));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(("live", 3, 2), (afterEdit.Status, afterEdit.Size, afterEdit.Version));
        Assert.Equal(3, members!.Total);
        Assert.Equal(2, members.Items.Count);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("profile_id,name,entered_at", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal(["Renamed from \"Big spenders " + tag + "\" to \"Cohort " + tag + "\"; rule changed; refresh every 30 min (was 60).", "Created."],
            history!.Select(v => v.Change));
        Assert.Equal([(3, 2, 0), (1, 1, 0)], refreshes!.Select(r => (r.Size, r.Entered, r.Exited)));
        Assert.Equal([1, 3], Assert.Single(list!, s => s.Id == segment.Id).Trend);
    }

    [Fact]
    public async Task Preview_NumberTestWithText_ProblemNamingTheCondition()
    {
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);

        using var response = await marketer.PostAsync("/api/segments/preview", Json.Body(
            """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"greaterThan","value":"abc"}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response))["errors"]!;
        Assert.Equal("Condition 1 (trait \"age\"): 'abc' is not a number.", errors["rule.children[0].test"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateStatic_CsvOfIdentifiers_ReportsMatchedAndRejectedThenComputes()
    {
        var tag = await CohortAsync();
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);
        using var form = new MultipartFormDataContent
        {
            { new StringContent($"VIP {tag}"), "name" },
            { new StringContent($"user_id,phone\na-{tag},\nb-{tag},12\nnobody-{tag},\n"), "file", "vip.csv" },
        };

        using var response = await marketer.PostAsync("/api/segments/static", form, Ct);
        var report = (await response.Content.ReadFromJsonAsync<StaticSegmentReportDto>(Ct))!;
        var live = await LiveAsync(marketer, report.Segment.Id, 1);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((3, 2, "static"), (report.Identifiers, report.Matched, report.Segment.Kind));
        Assert.Contains("Row 3, phone: '12'", Assert.Single(report.Rejected));
        Assert.Equal(2, live.Size);
    }

    [Fact]
    public async Task Delete_SegmentUsedByAnother_RefusedWithTheUsersName()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var marketer = await ClientAsync(PortalRoleNames.Marketer);
        using var first = await marketer.PostAsync("/api/segments", Json.Body($$$"""{"name":"Base {{{tag}}}","rule":{{{Rule(tag)}}},"refreshMinutes":60}"""), Ct);
        var baseSegment = (await first.Content.ReadFromJsonAsync<SegmentDto>(Ct))!;
        var nested = $$$"""{"match":"all","children":[{"kind":"membership","segmentId":{{{baseSegment.Id}}},"member":false}]}""";
        using var second = await marketer.PostAsync("/api/segments", Json.Body($$$"""{"name":"Others {{{tag}}}","rule":{{{nested}}},"refreshMinutes":60}"""), Ct);

        using var deleted = await marketer.DeleteAsync($"/api/segments/{baseSegment.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deleted.StatusCode);
        Assert.Contains($"\"Others {tag}\" uses this segment", (await Json.ReadAsync(deleted))["errors"]!["segment"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task List_SalesRole_Forbidden()
    {
        using var sales = await ClientAsync(PortalRoleNames.Sales);

        using var response = await sales.GetAsync("/api/segments", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
