using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

/// <summary>An event-stream destination's page: no segments, its stream position, "Forward now", runs by event range.</summary>
public sealed class EventStreamPageTests : DestinationsTestBase
{
    private static readonly DestinationDto Stream = DestinationSamples.Destination(5, "Warehouse stream", type: "event-webhook") with { StreamPosition = 12_345 };

    private static DestinationRunDto EventRun(long id, long first, long last) =>
        DestinationSamples.Run(id, planned: 0, sent: 180, skipped: 20, segment: null) with { ConnectionId = null, FirstEventId = first, LastEventId = last };

    [Fact]
    public void Render_EventStream_HasNoSegmentTabsAndShowsHowFarItHasForwarded()
    {
        _destinations.Add(Stream);

        var cut = RenderDestination();

        cut.WaitForAssertion(() => Assert.Equal(["Settings", "Runs"], cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim())), Patience);
        var header = Flat(cut.Find("[data-testid='destination-header']").TextContent);
        Assert.Contains("Forwarded up to event #12,345", header, StringComparison.Ordinal);
        Assert.DoesNotContain("Segments", header, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='sync-all']"));
    }

    [Fact]
    public void ForwardNow_Clicked_StartsAPassOfTheWholeDestination()
    {
        _destinations.Add(Stream);
        var cut = RenderDestination();

        cut.WaitForElement("[data-testid='forward-now']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal([(5L, (long?)null)], _destinations.Syncs), Patience);
    }

    [Fact]
    public void Render_RunsTabInTheAddress_OpensTheRunsWithTheirEventRanges()
    {
        _destinations.Add(Stream);
        _destinations.Runs[5] = [EventRun(1, 1_001, 1_200)];
        Services.GetRequiredService<NavigationManager>().NavigateTo("destinations/5?tab=runs");

        var cut = RenderDestination();

        cut.WaitForAssertion(() => Assert.Equal(["events #1,001–#1,200"], Texts(cut, "run-segment")), Patience);
    }

    [Fact]
    public void OpenRun_EventStreamRun_ExplainsTheRangeInsteadOfALedgerAndOffersReplay()
    {
        _destinations.Add(Stream);
        _destinations.Runs[5] = [EventRun(1, 1_001, 1_200)];
        var cut = RenderDestination();
        OpenTab(cut, "Runs");

        cut.WaitForElement("[data-testid='run-ledger']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Contains("covered stored events #1,001 to #1,200",
            Flat(cut.Find("[data-testid='ledger-event-range']").TextContent), StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll("[data-testid='ledger-table']"));
        Assert.Empty(cut.FindAll("[data-testid='ledger-status']"));
        Assert.NotEmpty(cut.FindAll("[data-testid='ledger-replay']"));
        Assert.Empty(_destinations.LedgerQueries);
    }
}
