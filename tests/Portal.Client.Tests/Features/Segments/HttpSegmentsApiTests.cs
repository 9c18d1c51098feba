using System.Net;
using System.Text.Json;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.Features.Segments.Rules;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Segments;

public sealed class HttpSegmentsApiTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private static string Json(object value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);

    [Fact]
    public async Task PreviewAsync_Rule_PostsTheRuleJson()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.OK, """{"count":12,"sample":[{"profileId":7,"displayName":"Ann","enteredAt":null}]}""");
        using var http = handler.CreateClient();

        var preview = await new HttpSegmentsApi(http).PreviewAsync(RuleJsonTests.Tree(), Ct);

        Assert.Equal((12, 7L), (preview.Count, preview.Sample[0].ProfileId));
        var request = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Post, "/api/segments/preview"), (request.Method, request.Uri?.AbsolutePath));
        Assert.Equal(RuleJson.Serialize(RuleJsonTests.Tree()), request.Body);
    }

    [Fact]
    public async Task PreviewAsync_Refused_ThrowsWithTheErrorsByPath()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.BadRequest,
            """{"title":"One or more fields are invalid.","errors":{"rule.children[0].test":["Condition 1 (trait \"age\"): 'abc' is not a number."]}}""",
            "application/problem+json");
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new HttpSegmentsApi(http).PreviewAsync(new RuleGroupDto(), Ct));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal(["Condition 1 (trait \"age\"): 'abc' is not a number."], ex.Errors["rule.children[0].test"]);
    }

    [Fact]
    public async Task MembersAsync_Page_AsksForJsonWithTheQuery()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.OK, Json(new SegmentMembersDto([new(3, "Bo", FakeSegmentsApi.Now)], 41)));
        using var http = handler.CreateClient();
        HttpRequestMessage? sent = null;
        using var spy = new SpyHandler(handler, r => sent = r);
        using var client = new HttpClient(spy) { BaseAddress = http.BaseAddress };

        var page = await new HttpSegmentsApi(client).MembersAsync(5, "a b", 50, 25, Ct);

        Assert.Equal((41, "Bo"), (page.Total, page.Items[0].DisplayName));
        Assert.Equal("/api/segments/5/members?q=a%20b&offset=50&limit=25", handler.Requests[0].Uri?.PathAndQuery);
        Assert.Equal("application/json", Assert.Single(sent!.Headers.Accept).MediaType);
    }

    [Theory]
    [InlineData("list", "GET", "/api/segments")]
    [InlineData("get", "GET", "/api/segments/5")]
    [InlineData("duplicate", "POST", "/api/segments/5/duplicate")]
    [InlineData("delete", "DELETE", "/api/segments/5")]
    [InlineData("history", "GET", "/api/segments/5/history")]
    [InlineData("refreshes", "GET", "/api/segments/5/refreshes")]
    [InlineData("refresh", "POST", "/api/segments/5/refresh")]
    [InlineData("schema", "GET", "/api/segments/schema")]
    [InlineData("properties", "GET", "/api/segments/schema/properties?event=Order%20Completed")]
    [InlineData("update", "PUT", "/api/segments/5")]
    [InlineData("create", "POST", "/api/segments")]
    public async Task Call_EachOperation_UsesItsRoute(string operation, string method, string pathAndQuery)
    {
        var body = operation switch
        {
            "list" or "history" or "refreshes" or "properties" => "[]",
            "schema" => Json(FakeSegmentsApi.DefaultSchema),
            "refresh" or "delete" => "",
            _ => Json(FakeSegmentsApi.Segment(5, "Churn risk")),
        };
        using var handler = new StubHttpMessageHandler(operation == "refresh" ? HttpStatusCode.Accepted : HttpStatusCode.OK, body);
        using var http = handler.CreateClient();
        var api = new HttpSegmentsApi(http);

        Task call = operation switch
        {
            "list" => api.ListAsync(Ct),
            "get" => api.GetAsync(5, Ct),
            "duplicate" => api.DuplicateAsync(5, Ct),
            "delete" => api.DeleteAsync(5, Ct),
            "history" => api.HistoryAsync(5, Ct),
            "refreshes" => api.RefreshesAsync(5, Ct),
            "refresh" => api.RefreshAsync(5, Ct),
            "schema" => api.SchemaAsync(Ct),
            "properties" => api.EventPropertiesAsync("Order Completed", Ct),
            "update" => api.UpdateAsync(5, new SegmentInput { Name = "Churn risk" }, Ct),
            _ => api.CreateAsync(new SegmentInput { Name = "Churn risk" }, Ct),
        };
        await call;

        var request = Assert.Single(handler.Requests);
        Assert.Equal((method, pathAndQuery), (request.Method.Method, request.Uri?.PathAndQuery));
    }

    [Fact]
    public async Task CreateStaticAsync_File_PostsNameDescriptionAndFileAsAForm()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.OK,
            Json(new StaticSegmentReportDto(FakeSegmentsApi.Segment(8, "Fair", kind: "static"), 2, 1, ["row 3: 'x' is not an email address."])));
        using var http = handler.CreateClient();
        using var csv = new MemoryStream("email\nann@example.com\n"u8.ToArray());

        var report = await new HttpSegmentsApi(http).CreateStaticAsync("Fair", "Met at the fair", csv, "fair.csv", Ct);

        Assert.Equal((2, 1, "static"), (report.Identifiers, report.Matched, report.Segment.Kind));
        var request = Assert.Single(handler.Requests);
        Assert.Equal("/api/segments/static", request.Uri?.AbsolutePath);
        Assert.Contains("name=name", request.Body, StringComparison.Ordinal);
        Assert.Contains("Met at the fair", request.Body, StringComparison.Ordinal);
        Assert.Contains("name=file; filename=fair.csv", request.Body, StringComparison.Ordinal);
        Assert.Contains("ann@example.com", request.Body, StringComparison.Ordinal);
    }

    /// <summary>Passes requests on to a handler after showing each to the test (their headers, which the stub does not keep).</summary>
    private sealed class SpyHandler(HttpMessageHandler inner, Action<HttpRequestMessage> seen) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
