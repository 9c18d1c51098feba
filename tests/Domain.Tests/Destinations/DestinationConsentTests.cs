using Lodestar.Domain.Destinations.Sync;

namespace Lodestar.Domain.Tests.Destinations;

/// <summary>A destination that requires a consent category never receives members without it, and removes those who withdraw.</summary>
public sealed class DestinationConsentTests
{
    private static CancellationToken Ct => DestinationWorld.Ct;

    [Fact]
    public async Task SyncConnectionAsync_ConsentRequired_SendsOnlyGrantedAndRemovesOnWithdrawal()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 6, consentCategory: "marketing");
        await w.ConsentAsync(1, granted: true, minute: 1);
        await w.ConsentAsync(2, granted: true, minute: 1);
        await w.ConsentAsync(3, granted: false, minute: 1);
        await w.ConsentAsync(4, granted: true, minute: 1);

        var preview = await w.Host.Get<SyncPreviewService>().PreviewAsync(w.DestinationId, w.ConnectionId, Ct);
        await w.SyncAsync();

        Assert.Equal((3, 0, 3), (preview.Adds, preview.Removes, preview.WithoutConsent));
        Assert.Equal([1L, 2, 4], w.Received().Select(r => r.ProfileId).Order());

        await w.ConsentAsync(2, granted: false, minute: 2);
        var withdrawal = await w.Host.Get<SyncPreviewService>().PreviewAsync(w.DestinationId, w.ConnectionId, Ct);
        await w.SyncAsync();

        Assert.Equal((0, 1), (withdrawal.Adds, withdrawal.Removes));
        Assert.Equal(("audience_exited", 2L), w.Received().Last());
        Assert.Equal([1L, 4], await w.HeldAsync());
    }

    [Fact]
    public async Task PreviewAsync_FirstSync_FullWithSampleAsItWouldBeSent()
    {
        await using var w = await DestinationWorld.StartAsync(profiles: 30);

        var preview = await w.Host.Get<SyncPreviewService>().PreviewAsync(w.DestinationId, w.ConnectionId, Ct);

        Assert.Equal((true, 30, 0, 0), (preview.Full, preview.Adds, preview.Removes, preview.WithoutConsent));
        Assert.Equal(SyncPreviewService.SampleSize, preview.Sample.Count);
        Assert.Equal("Name 1", preview.Sample[0].Fields["FNAME"]);
        Assert.Equal(["p1@example.com"], preview.Sample[0].Identifiers["email"]);
        Assert.Empty(w.Receiver.Accepted);
    }
}
