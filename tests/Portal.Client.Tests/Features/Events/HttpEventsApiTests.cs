using System.Net;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Events;

public sealed class HttpEventsApiTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_Filter_GetsApiEventsWithQueryString()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.OK, "[]");
        using var http = handler.CreateClient();
        var api = new HttpEventsApi(http);

        var page = await api.ListAsync(new EventFilter(25, "track", "Signed Up", User: "a+b@x.com", Before: 90), Ct);

        Assert.Empty(page.Items);
        Assert.Null(page.NextBefore);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/api/events?limit=25&type=track&event=Signed%20Up&user=a%2Bb%40x.com&before=90", request.Uri?.PathAndQuery);
    }

    [Fact]
    public async Task ListAsync_Ok_ReadsEventsAndTheCursorHeader()
    {
        const string body = """
            [{"id":42,"messageId":"m-42","type":"track","event":"Signed Up","userId":"u-1","anonymousId":null,
              "timestamp":"2026-11-20T12:00:00Z","receivedAt":"2026-11-20T12:00:01Z","source":"Web site",
              "raw":"{\"type\":\"track\"}"}]
            """;
        using var handler = new StubHttpMessageHandler(HttpStatusCode.OK, body);
        handler.ResponseHeaders[IEventsApi.NextBeforeHeader] = "41";
        using var http = handler.CreateClient();

        var page = await new HttpEventsApi(http).ListAsync(new EventFilter(), Ct);

        Assert.Equal(41, page.NextBefore);
        var e = Assert.Single(page.Items);
        Assert.Equal(42, e.Id);
        Assert.Equal("Signed Up", e.Event);
        Assert.Null(e.AnonymousId);
        Assert.Equal(new DateTime(2026, 11, 20, 12, 0, 1, DateTimeKind.Utc), e.ReceivedAt.ToUniversalTime());
        Assert.Equal("""{"type":"track"}""", e.Raw);
    }

    [Fact]
    public async Task ListAsync_ValidationProblem_ThrowsApiExceptionWithDetailAndErrors()
    {
        const string problem = """
            {"title":"One or more validation errors occurred.","status":400,
             "detail":"The limit must be between 1 and 500.","errors":{"limit":["Must be between 1 and 500."]}}
            """;
        using var handler = new StubHttpMessageHandler(HttpStatusCode.BadRequest, problem, "application/problem+json");
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => new HttpEventsApi(http).ListAsync(new EventFilter(Limit: 9000), Ct));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("The limit must be between 1 and 500.", ex.Message);
        Assert.Equal(["Must be between 1 and 500."], Assert.Single(ex.Errors, kv => kv.Key == "limit").Value);
    }
}
