using System.Net;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Tracking;

[Collection(PortalCollection.Name)]
public sealed class TrackingDedupTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SameMessageIdTwice_BothAcknowledgedStoredOnce()
    {
        var messageId = $"dup-seq-{Guid.NewGuid():N}";
        var json = $$$"""{"userId":"dup-1","event":"Retried","messageId":"{{{messageId}}}"}""";

        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", json)).Status);
        Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("track", json)).Status);

        Assert.Equal(1, await StoredEvents.CountAsync(portal, messageId));
    }

    [Fact]
    public async Task Post_SameMessageIdInConcurrentRequests_StoredOnce()
    {
        var messageId = $"dup-par-{Guid.NewGuid():N}";
        var json = $$$"""{"userId":"dup-2","event":"Retried","messageId":"{{{messageId}}}"}""";

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () => (await portal.PostTrackingAsync("track", json)).Status, Ct)));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, await StoredEvents.CountAsync(portal, messageId));
    }
}
