using System.Net;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Infrastructure;

public sealed class HttpApiTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private const string ValidationProblem = """
        {
          "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
          "title": "One or more validation errors occurred.",
          "status": 400,
          "detail": "The name is already taken.",
          "errors": { "name": ["Must be unique.", "Must not be empty."], "writeKey": ["Too short."] }
        }
        """;

    [Fact]
    public async Task GetAsync_ValidationProblem_ThrowsApiExceptionWithDetailAndErrors()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.BadRequest, ValidationProblem, "application/problem+json");
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => HttpApi.GetAsync<string>(http, "api/things", Ct));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("The name is already taken.", ex.Message);
        Assert.Equal(["Must be unique.", "Must not be empty."], ex.Errors["name"]);
        Assert.Equal(["Too short."], ex.Errors["writeKey"]);
        Assert.Equal(2, ex.Errors.Count);
    }

    [Fact]
    public async Task GetAsync_ProblemWithoutDetail_UsesTitle()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.Forbidden, """{"title":"You may not see events.","status":403}""", "application/problem+json");
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => HttpApi.GetAsync<string>(http, "api/events", Ct));

        Assert.Equal(403, ex.StatusCode);
        Assert.Equal("You may not see events.", ex.Message);
        Assert.Empty(ex.Errors);
    }

    [Theory]
    [InlineData("", "text/plain")]
    [InlineData("<html><body>Bad gateway</body></html>", "text/html")]
    public async Task GetAsync_ErrorWithoutProblemBody_UsesStatusLine(string body, string mediaType)
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.BadGateway, body, mediaType);
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => HttpApi.GetAsync<string>(http, "api/events", Ct));

        Assert.Equal(502, ex.StatusCode);
        Assert.Equal("The server answered 502 Bad Gateway.", ex.Message);
        Assert.Empty(ex.Errors);
    }

    [Theory]
    [InlineData("[\"oops\"]")]
    [InlineData("\"oops\"")]
    [InlineData("{\"detail\":42,\"errors\":{\"name\":7}}")]
    public async Task GetAsync_ProblemOfUnexpectedShape_StillThrowsApiExceptionWithStatusLine(string body)
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.BadRequest, body, "application/problem+json");
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => HttpApi.GetAsync<string>(http, "api/events", Ct));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("The server answered 400 Bad Request.", ex.Message);
    }

    [Fact]
    public async Task SendAsync_PostWithBody_SendsJsonAndReadsAnswer()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.Created, """{"name":"Web site","count":3}""");
        using var http = handler.CreateClient();

        var answer = await HttpApi.SendAsync<Thing>(http, HttpMethod.Post, "api/things", new Thing("Web site", 3), Ct);

        Assert.Equal(new Thing("Web site", 3), answer);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://portal.test/api/things", request.Uri?.ToString());
        Assert.Equal("""{"name":"Web site","count":3}""", request.Body);
    }

    [Fact]
    public async Task SendAsync_WithoutResultValidationProblem_ThrowsApiException()
    {
        using var handler = new StubHttpMessageHandler(HttpStatusCode.BadRequest, ValidationProblem, "application/problem+json");
        using var http = handler.CreateClient();

        var ex = await Assert.ThrowsAsync<ApiException>(() => HttpApi.SendAsync(http, HttpMethod.Delete, "api/things/1", null, Ct));

        Assert.Equal("The name is already taken.", ex.Message);
        Assert.Equal(["Too short."], ex.Errors["writeKey"]);
        Assert.Null(Assert.Single(handler.Requests).Body);
    }

    private sealed record Thing(string Name, int Count);
}
