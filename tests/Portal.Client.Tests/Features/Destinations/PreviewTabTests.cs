using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

public sealed class PreviewTabTests : DestinationsTestBase
{
    private static readonly SyncPreviewRecordDto Ann = new(7, "Add",
        new Dictionary<string, IReadOnlyList<string>> { ["email"] = ["ann@example.com"], ["user_id"] = ["u-7"] },
        new Dictionary<string, string?> { ["FNAME"] = "Ann", ["PLAN"] = null });

    private static readonly SyncPreviewRecordDto Bob = new(9, "Remove",
        new Dictionary<string, IReadOnlyList<string>> { ["email"] = ["bob@example.com"] }, new Dictionary<string, string?>());

    private IRenderedComponent<IComponent> RenderPreview(string? consent = "marketing")
    {
        _destinations.Add(DestinationSamples.Destination(5, "Newsletter", consent: consent,
            connections: [DestinationSamples.Connection(11, 3, "Churn risk"), DestinationSamples.Connection(12, 6, "Trial users")]));
        var cut = RenderDestination();
        OpenTab(cut, "Preview");
        return cut;
    }

    /// <summary>Per cell with this test id, its lines (one per identifier type or field).</summary>
    private static string[][] Lines(IRenderedComponent<IComponent> cut, string testId) =>
        [.. cut.FindAll($"[data-testid='{testId}']").Select(cell => cell.Children.Select(line => Flat(line.TextContent)).ToArray())];

    [Fact]
    public void Preview_FirstSync_SaysFullAddsRemovesAndWhoIsLeftOut()
    {
        _destinations.Previews[11] = new SyncPreviewDto(11, true, 1_234, 0, 17, [Ann]);

        var cut = RenderPreview();

        cut.WaitForAssertion(() => Assert.Equal("Next sync: 1,234 adds, 0 removes (full first sync)", cut.Find("[data-testid='preview-summary']").TextContent.Trim()),
            Patience);
        Assert.Equal("17 members left out: without marketing consent.", Flat(cut.Find("[data-testid='preview-consent']").TextContent));
        Assert.Equal("Churn risk", SelectText(cut, "preview-connection"));
        Assert.Equal(["Preview 5 11"], _destinations.Calls.Where(c => c.StartsWith("Preview", StringComparison.Ordinal)));
    }

    [Fact]
    public void Preview_Sample_ShowsEachRecordsIdentifiersAndTheFieldsSent()
    {
        _destinations.Previews[11] = new SyncPreviewDto(11, false, 1, 1, 0, [Ann, Bob]);

        var cut = RenderPreview();

        cut.WaitForAssertion(() => Assert.Equal(["add", "remove"], Texts(cut, "preview-action")), Patience);
        Assert.Equal("Next sync: 1 add, 1 remove", cut.Find("[data-testid='preview-summary']").TextContent.Trim());
        Assert.Equal([["email ann@example.com", "user_id u-7"], ["email bob@example.com"]], Lines(cut, "preview-identifiers"));
        Assert.Equal([["FNAME Ann", "PLAN —"], []], Lines(cut, "preview-fields"));
        Assert.Equal("profiles/7", cut.Find("[data-testid='preview-sample'] tbody a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid='preview-consent']"));
    }

    [Fact]
    public void Preview_AnotherSegment_AsksForItsPreview()
    {
        _destinations.Previews[11] = new SyncPreviewDto(11, false, 3, 0, 0, []);
        _destinations.Previews[12] = new SyncPreviewDto(12, true, 40, 0, 0, []);
        var cut = RenderPreview();
        cut.WaitForElement("[data-testid='preview-summary']", Patience);

        Pick(cut, "preview-connection", "Trial users");

        cut.WaitForAssertion(() => Assert.Equal("Next sync: 40 adds, 0 removes (full first sync)", cut.Find("[data-testid='preview-summary']").TextContent.Trim()),
            Patience);
        Assert.Equal(["Preview 5 11", "Preview 5 12"], _destinations.Calls.Where(c => c.StartsWith("Preview", StringComparison.Ordinal)));
    }

    [Fact]
    public void Preview_Refused_SaysWhy()
    {
        _destinations.Refusals["Preview"] = new ApiException(409, "Churn risk has not been computed yet: refresh it first.");

        var cut = RenderPreview();

        cut.WaitForAssertion(() => Assert.Equal("Churn risk has not been computed yet: refresh it first.", cut.Find("[data-testid='preview-error']").TextContent.Trim()),
            Patience);
    }

    [Fact]
    public void SyncNow_FromThePreview_SyncsThatSegmentAndComputesThePreviewAgain()
    {
        _destinations.Previews[11] = new SyncPreviewDto(11, true, 1_234, 0, 0, [Ann]);
        var cut = RenderPreview();
        cut.WaitForElement("[data-testid='preview-summary']", Patience);
        _destinations.Previews[11] = new SyncPreviewDto(11, false, 0, 0, 0, []);

        cut.Find("[data-testid='preview-sync']").Click();

        cut.WaitForAssertion(() => Assert.Equal("Next sync: 0 adds, 0 removes", cut.Find("[data-testid='preview-summary']").TextContent.Trim()), Patience);
        Assert.Equal([(5L, (long?)11)], _destinations.Syncs);
        Assert.Contains("sync-1", _jobs.Polled);
        Assert.Contains("Nothing to send", cut.Find("[data-testid='preview-sample']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_NoSegmentConnected_SaysToConnectOne()
    {
        _destinations.Add(DestinationSamples.Destination(5, "Newsletter"));
        var cut = RenderDestination();

        OpenTab(cut, "Preview");

        cut.WaitForAssertion(() => Assert.Contains("Connect a segment", cut.Find("[data-testid='preview-empty']").TextContent, StringComparison.Ordinal), Patience);
        Assert.DoesNotContain(_destinations.Calls, c => c.StartsWith("Preview", StringComparison.Ordinal));
    }
}
