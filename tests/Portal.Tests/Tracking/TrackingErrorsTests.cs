using System.IO.Compression;
using System.Net;
using System.Text;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Tracking;

[Collection(PortalCollection.Name)]
public sealed class TrackingErrorsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("track", "{\"userId\":\"bad-json\",", "not valid JSON")]
    [InlineData("track", "", "body is empty")]
    [InlineData("track", "{\"event\":\"E\"}", "needs a userId or an anonymousId")]
    [InlineData("track", "{\"userId\":\"bad-no-event\"}", "needs an 'event' name")]
    [InlineData("batch", "{\"batch\":[]}", "is empty")]
    [InlineData("batch", "{\"batch\":[{\"type\":\"track\",\"userId\":\"bad-batch\",\"event\":\"ok\"},{\"type\":\"track\",\"event\":\"no-ids\"}]}", "batch[1] needs a userId")]
    public async Task Post_InvalidInput_BadRequestWithActionableMessageAndNothingStored(string route, string body, string expected)
    {
        var (status, text) = await portal.PostTrackingAsync(route, Json.Body(body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, text);
        Assert.Empty(await StoredEvents.ForUserAsync(portal, "bad-batch"));
    }

    [Fact]
    public async Task Post_MessageOver32KB_PayloadTooLarge()
    {
        var json = $$$"""{"userId":"big-1","event":"E","properties":{"blob":"{{{new string('x', 33 * 1024)}}}"}}""";

        var (status, text) = await portal.PostTrackingAsync("track", Json.Body(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("32 KB", text);
    }

    [Fact]
    public async Task Post_BatchMessageOver32KB_PayloadTooLargeNamingTheMessage()
    {
        var json = $$$"""{"batch":[{"type":"track","userId":"big-2","event":"E","properties":{"blob":"{{{new string('x', 33 * 1024)}}}"}}]}""";

        var (status, text) = await portal.PostTrackingAsync("batch", Json.Body(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("batch[0] is larger than 32 KB", text);
    }

    [Fact]
    public async Task Post_BatchOver500KB_PayloadTooLarge()
    {
        var item = $$$"""{"type":"track","userId":"big-3","event":"E","properties":{"blob":"{{{new string('x', 20 * 1024)}}}"}}""";
        var json = "{\"batch\":[" + string.Join(",", Enumerable.Repeat(item, 26)) + "]}";

        var (status, text) = await portal.PostTrackingAsync("batch", Json.Body(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("500 KB", text);
        Assert.Empty(await StoredEvents.ForUserAsync(portal, "big-3"));
    }

    [Fact]
    public async Task Post_BatchOf2501Messages_PayloadTooLarge()
    {
        var json = "{\"batch\":[" + string.Join(",", Enumerable.Repeat("""{"type":"page","userId":"big-4"}""", 2501)) + "]}";

        var (status, text) = await portal.PostTrackingAsync("batch", Json.Body(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("2,501 messages", text);
        Assert.Empty(await StoredEvents.ForUserAsync(portal, "big-4"));
    }

    [Fact]
    public async Task Post_GzipBody_AcceptedAndLimitAppliesToDecompressedSize()
    {
        var small = Gzip("""{"userId":"gzip-1","event":"Compressed"}""");
        var bomb = Gzip($$$"""{"userId":"gzip-2","event":"E","properties":{"blob":"{{{new string('x', 64 * 1024)}}}"}}""");

        var (okStatus, _) = await portal.PostTrackingAsync("track", small);
        var (bigStatus, _) = await portal.PostTrackingAsync("track", bomb);

        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Single(await StoredEvents.ForUserAsync(portal, "gzip-1"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, bigStatus);
    }

    [Fact]
    public async Task Post_GzipHeaderWithPlainBody_BadRequest()
    {
        var content = Json.Body("""{"userId":"gzip-3","event":"E"}""");
        content.Headers.ContentEncoding.Add("gzip");

        var (status, text) = await portal.PostTrackingAsync("track", content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid gzip", text);
    }

    [Fact]
    public async Task Options_BrowserPreflight_AllowsAnyOriginToPost()
    {
        using var client = portal.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/batch");
        request.Headers.Add("Origin", "https://shop.example.com");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    private static ByteArrayContent Gzip(string json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(json));
        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }
}
