using System.Net;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Tracking;

/// <summary>
/// Starts its own portals, so it stays out of the shared-portal collection: Hangfire keeps process-wide statics
/// (its log provider) that must not be swapped under a running host.
/// </summary>
[Collection(IsolatedPortalsCollection.Name)]
public sealed class TrackingRestartTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_SameMessageIdAfterRestart_StoredOnce()
    {
        var messageId = $"dup-restart-{Guid.NewGuid():N}";
        var json = $$$"""{"userId":"dup-3","event":"Retried","messageId":"{{{messageId}}}"}""";
        using var folder = new Lodestar.Testing.TempDirectory();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={folder.File("restart.db")}" };

        await using (var first = new PortalFactory(settings))
            Assert.Equal(HttpStatusCode.OK, (await first.PostTrackingAsync("track", json)).Status);
        await using var second = new PortalFactory(settings);
        Assert.Equal(HttpStatusCode.OK, (await second.PostTrackingAsync("track", json)).Status);

        Assert.Equal(1, await StoredEvents.CountAsync(second, messageId));
    }

}
