using System.Net;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Tracking;

[Collection(PortalCollection.Name)]
public sealed class TrackingDedupTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private async Task<HttpStatusCode> PostAsync(string json)
    {
        using var client = portal.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/track") { Content = Json.Body(json) };
        request.Headers.Authorization = PortalFactory.Basic(PortalFactory.WriteKey);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task Post_SameMessageIdTwice_BothAcknowledgedStoredOnce()
    {
        var messageId = $"dup-seq-{Guid.NewGuid():N}";
        var json = $$$"""{"userId":"dup-1","event":"Retried","messageId":"{{{messageId}}}"}""";

        Assert.Equal(HttpStatusCode.OK, await PostAsync(json));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(json));

        Assert.Equal(1, await StoredEvents.CountAsync(portal, messageId));
    }

    [Fact]
    public async Task Post_SameMessageIdInConcurrentRequests_StoredOnce()
    {
        var messageId = $"dup-par-{Guid.NewGuid():N}";
        var json = $$$"""{"userId":"dup-2","event":"Retried","messageId":"{{{messageId}}}"}""";

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => PostAsync(json), Ct)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, await StoredEvents.CountAsync(portal, messageId));
    }
}
