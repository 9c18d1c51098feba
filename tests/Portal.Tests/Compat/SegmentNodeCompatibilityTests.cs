using System.Diagnostics;
using Lodestar.Domain.Events;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Compat;

/// <summary>The official Segment Node.js library, pointed at the portal, must work unchanged.</summary>
[Collection(PortalCollection.Name)]
public sealed class SegmentNodeCompatibilityTests(SharedPortal portal)
{
    [Fact(SkipUnless = nameof(ExternalTools.HasSegmentNode), SkipType = typeof(ExternalTools),
        Skip = "Node.js or @segment/analytics-node is not installed (run: npm ci --prefix tests/Portal.Tests/Compat/segment-node).")]
    public async Task AnalyticsNode_SendsEveryCallType_AllStoredWithTheirFields()
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        var host = portal.BaseAddress.ToString().TrimEnd('/');

        var (exitCode, output) = await RunNodeAsync("send.mjs", host, PortalFactory.WriteKey, run);

        Assert.True(exitCode == 0, "analytics-node reported errors: " + output);
        var stored = await StoredEvents.ForUserAsync(portal, $"node-{run}");
        Assert.Equal(
            [MessageType.Identify, MessageType.Track, MessageType.Page, MessageType.Screen, MessageType.Group, MessageType.Alias],
            stored.Select(e => e.Type).Order());
        Assert.All(stored, e =>
        {
            Assert.StartsWith("node-", e.MessageId);
            Assert.NotNull(e.SentAt);
            Assert.Equal("@segment/analytics-node", StoredEvents.Raw(e)["context"]!["library"]!["name"]!.GetValue<string>());
        });
        var identify = stored.Single(e => e.Type == MessageType.Identify);
        Assert.Equal(($"node-{run}@example.com", $"anon-{run}"), (identify.Email, identify.AnonymousId));
        var track = stored.Single(e => e.Type == MessageType.Track);
        Assert.Equal(("Order Completed", "google", "cpc", "brand"), (track.Name, track.CampaignSource, track.CampaignMedium, track.CampaignName));
        Assert.Equal(42.5, StoredEvents.Raw(track)["properties"]!["revenue"]!.GetValue<double>());
        Assert.Equal("Pricing", stored.Single(e => e.Type == MessageType.Page).Name);
        Assert.Equal("Home", stored.Single(e => e.Type == MessageType.Screen).Name);
        Assert.Equal($"acme-{run}", stored.Single(e => e.Type == MessageType.Group).GroupId);
        Assert.Equal($"anon-{run}", stored.Single(e => e.Type == MessageType.Alias).PreviousId);
        // The library stamps each message on the client; skew correction keeps it close to the server clock.
        Assert.All(stored, e => Assert.InRange(e.ReceivedAt - e.Timestamp, TimeSpan.FromSeconds(-1), TimeSpan.FromSeconds(30)));
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = ExternalTools.SegmentNodeFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
