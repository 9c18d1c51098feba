using System.Net;
using Lodestar.Domain.Events;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Tracking;

[Collection(PortalCollection.Name)]
public sealed class TrackingEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    public static TheoryData<string, string, MessageType> Routes => new()
    {
        { "identify", """{"userId":"{id}","traits":{"email":"{id}@example.com"}}""", MessageType.Identify },
        { "track", """{"userId":"{id}","event":"Order Completed","properties":{"revenue":12.5}}""", MessageType.Track },
        { "page", """{"anonymousId":"{id}","name":"Pricing","properties":{"path":"/pricing"}}""", MessageType.Page },
        { "screen", """{"anonymousId":"{id}","name":"Feed"}""", MessageType.Screen },
        { "group", """{"userId":"{id}","groupId":"acme","traits":{"name":"Acme"}}""", MessageType.Group },
        { "alias", """{"userId":"{id}","previousId":"anon-{id}"}""", MessageType.Alias },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Post_EachSingleRoute_AcceptsAndStoresTheMessage(string route, string template, MessageType type)
    {
        var id = $"route-{route}-{Guid.NewGuid():N}";

        var (status, body) = await portal.PostTrackingAsync(route, template.Replace("{id}", id));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"success":true}""", body);
        var stored = Assert.Single(await StoredEvents.ForUserAsync(portal, id));
        Assert.Equal(type, stored.Type);
        Assert.Equal("127.0.0.1", StoredEvents.Raw(stored)["context"]!["ip"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("import")]
    public async Task Post_Batch_MergesBatchContextAndStoresEveryMessage(string route)
    {
        var id = $"{route}-{Guid.NewGuid():N}";
        var body = $$$"""
            {"batch":[{"type":"track","userId":"{{{id}}}","event":"A","context":{"locale":"fr-FR"}},
                      {"type":"page","userId":"{{{id}}}","name":"Home"}],
             "context":{"library":{"name":"analytics-python","version":"2.3.0"},"locale":"en-GB"},
             "integrations":{"Mixpanel":false}}
            """;

        var (status, _) = await portal.PostTrackingAsync(route, body);

        Assert.Equal(HttpStatusCode.OK, status);
        var stored = await StoredEvents.ForUserAsync(portal, id);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, e => Assert.Equal("analytics-python", StoredEvents.Raw(e)["context"]!["library"]!["name"]!.GetValue<string>()));
        Assert.Equal("fr-FR", StoredEvents.Raw(stored[0])["context"]!["locale"]!.GetValue<string>());
        Assert.Equal("en-GB", StoredEvents.Raw(stored[1])["context"]!["locale"]!.GetValue<string>());
        Assert.False(StoredEvents.Raw(stored[1])["integrations"]!["Mixpanel"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Post_SentAtAndTimestamp_StoresSkewCorrectedTimestamp()
    {
        var id = $"skew-{Guid.NewGuid():N}";
        // A client whose clock runs a day ahead: the action happened 30 s before it was sent.
        var sentAt = DateTime.UtcNow.AddDays(1);
        var body = $$$"""{"userId":"{{{id}}}","event":"E","timestamp":"{{{sentAt.AddSeconds(-30):O}}}","sentAt":"{{{sentAt:O}}}"}""";

        await portal.PostTrackingAsync("track", body);

        var stored = Assert.Single(await StoredEvents.ForUserAsync(portal, id));
        Assert.InRange(stored.ReceivedAt - stored.Timestamp, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(31));
        Assert.Equal(sentAt.AddSeconds(-30), stored.OriginalTimestamp!.Value, TimeSpan.FromMilliseconds(1));
    }
}
