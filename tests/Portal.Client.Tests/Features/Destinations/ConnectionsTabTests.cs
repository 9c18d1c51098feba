using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

public sealed class ConnectionsTabTests : DestinationsTestBase
{
    public ConnectionsTabTests()
    {
        _segments.Items.AddRange([FakeSegmentsApi.Item(3, "Churn risk", size: 1_234), FakeSegmentsApi.Item(4, "Big spenders", size: 56), FakeSegmentsApi.Item(6, "Trial users")]);
        _destinations.SegmentNames[4] = "Big spenders";
    }

    private IRenderedComponent<IComponent> RenderSegments(params DestinationConnectionDto[] connections)
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", connections: connections));
        var cut = RenderDestination();
        OpenTab(cut, "Segments");
        return cut;
    }

    private static void OpenConnectDialog(IRenderedComponent<IComponent> cut)
    {
        cut.WaitForElement("[data-testid='connection-add']", Patience).Click();
        cut.WaitForElement("[data-testid='connection-form']", Patience);
    }

    [Fact]
    public void Render_Connections_ShowMembersMappingScheduleAndLastSync()
    {
        var cut = RenderSegments(
            DestinationSamples.Connection(11, 3, "Churn risk", mapping: [new("first_name", "FNAME"), new("plan", "PLAN")]),
            DestinationSamples.Connection(12, 6, "Trial users", members: 7, schedule: 0, mapping: []));

        cut.WaitForAssertion(() => Assert.Equal(["Churn risk", "Trial users"], Texts(cut, "connection-segment")), Patience);
        Assert.Equal("segments/3", cut.Find("[data-testid='connection-segment'] a").GetAttribute("href"));
        Assert.Equal(["1,234", "7"], Texts(cut, "connection-members"));
        Assert.Equal(["first_name → FNAME, plan → PLAN", "identifiers only"], Texts(cut, "connection-mapping"));
        Assert.Equal(["every hour", "on demand"], Texts(cut, "connection-schedule"));
        Assert.Equal(["30 min ago", "30 min ago"], Texts(cut, "connection-last-sync"));
    }

    [Fact]
    public void Render_NoConnection_SaysHowToConnectOne()
    {
        var cut = RenderSegments();

        cut.WaitForAssertion(() => Assert.Contains("No segment is connected.", cut.Find("[data-testid='connections-empty']").TextContent, StringComparison.Ordinal),
            Patience);
    }

    [Fact]
    public void Connect_SegmentMappingAndSchedule_SentAndShownInTheList()
    {
        var cut = RenderSegments(DestinationSamples.Connection(11, 3, "Churn risk"));
        OpenConnectDialog(cut);

        // A connected segment is not offered again.
        cut.Find("[data-testid='connection-segment-select']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Equal(["Big spenders (56)", "Trial users (1,234)"], OpenItems(cut)), Patience);
        cut.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == "Big spenders (56)").Click();
        cut.Find("[data-testid='mapping-add']").Click();
        cut.Find("[data-testid='mapping-add']").Click();
        cut.Find("[data-testid='mapping-add']").Click();
        var traits = cut.FindAll("input[data-testid='mapping-trait']");
        // Trait names are suggested from the data, with their type.
        traits[0].Input("pl");
        cut.WaitForAssertion(() => Assert.Equal(["planstring"], OpenItems(cut)), Patience);
        cut.Find(".mud-popover-open .mud-list-item").Click();
        cut.FindAll("input[data-testid='mapping-field']")[0].Input("PLAN");
        // A trait the data has not seen yet is kept as typed.
        cut.FindAll("input[data-testid='mapping-trait']")[1].Input("loyalty_tier");
        cut.FindAll("input[data-testid='mapping-trait']")[1].Blur();
        cut.FindAll("input[data-testid='mapping-field']")[1].Input("TIER");
        // A row left blank is not sent; one removed neither.
        cut.FindAll("[data-testid='mapping-remove']")[2].Click();
        cut.Find("[data-testid='mapping-add']").Click();
        Pick(cut, "connection-schedule-select", "every day");
        cut.Find("[data-testid='connection-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_destinations.ConnectionSaves), Patience);
        var (id, connectionId, input) = _destinations.ConnectionSaves[0];
        Assert.Equal((5L, (long?)null, 4L, 1_440, true), (id, connectionId, input.SegmentId, input.ScheduleMinutes, input.Enabled));
        Assert.Equal([new FieldMappingDto("plan", "PLAN"), new FieldMappingDto("loyalty_tier", "TIER")], input.Mapping);
        cut.WaitForAssertion(() => Assert.Equal(["Churn risk", "Big spenders"], Texts(cut, "connection-segment")), Patience);
        Assert.Equal("Segments (2)", cut.FindAll(".mud-tab")[1].TextContent.Trim());
    }

    [Fact]
    public void Connect_Refused_ShowsTheMessagesInTheDialog()
    {
        _destinations.Refusals["Connect"] = new ApiException(400, "The connection is not valid.", new Dictionary<string, string[]>
        {
            ["mapping[0].field"] = ["The destination field 'EMAIL' is mapped twice."],
            ["scheduleMinutes"] = ["Sync every 15 minutes to 7 days (10,080 minutes), or 0 for on demand only."],
        });
        var cut = RenderSegments();
        OpenConnectDialog(cut);
        Pick(cut, "connection-segment-select", "Trial users (1,234)");

        cut.Find("[data-testid='connection-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("The destination field 'EMAIL' is mapped twice.", cut.Find("[data-testid='mapping-error']").TextContent.Trim()),
            Patience);
        Assert.Contains("Sync every 15 minutes to 7 days", cut.Find("[data-testid='connection-schedule-select']").Closest(".mud-input-control")!.TextContent,
            StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid='connection-form']"));
    }

    [Fact]
    public void Connect_NoSegmentChosen_SaysToChooseOne()
    {
        var cut = RenderSegments();
        OpenConnectDialog(cut);

        cut.Find("[data-testid='connection-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Choose the segment to send.",
            cut.Find("[data-testid='connection-segment-select']").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(_destinations.ConnectionSaves);
    }

    [Fact]
    public void Edit_Connection_ShowsItsRowsAndSavesTheChange()
    {
        var cut = RenderSegments(DestinationSamples.Connection(11, 3, "Churn risk", mapping: [new("first_name", "FNAME"), new("plan", "PLAN")]));

        cut.WaitForElement("[data-testid='connection-edit']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal(["first_name", "plan"], cut.FindAll("input[data-testid='mapping-trait']").Select(i => i.GetAttribute("value"))), Patience);
        Assert.Equal(["FNAME", "PLAN"], cut.FindAll("input[data-testid='mapping-field']").Select(i => i.GetAttribute("value")));
        Assert.True(cut.Find("input[data-testid='connection-segment-select']").HasAttribute("disabled"));
        cut.FindAll("[data-testid='mapping-remove']")[0].Click();
        cut.Find("input[data-testid='connection-enabled']").Change(false);
        cut.Find("[data-testid='connection-save']").Click();

        cut.WaitForAssertion(() => Assert.Single(_destinations.ConnectionSaves), Patience);
        var (_, connectionId, input) = _destinations.ConnectionSaves[0];
        Assert.Equal((11L, 3L, 60, false), (connectionId, input.SegmentId, input.ScheduleMinutes, input.Enabled));
        Assert.Equal([new FieldMappingDto("plan", "PLAN")], input.Mapping);
        cut.WaitForAssertion(() => Assert.Equal(["off"], Texts(cut, "connection-disabled")), Patience);
    }

    [Fact]
    public void Disconnect_AsksFirstThenRemovesIt()
    {
        var cut = RenderSegments(DestinationSamples.Connection(11, 3, "Churn risk"));

        cut.WaitForElement("[data-testid='connection-disconnect']", Patience).Click();
        cut.WaitForAssertion(() => Assert.Contains("Disconnect Churn risk?", cut.Markup, StringComparison.Ordinal), Patience);
        Assert.DoesNotContain("Disconnect 5 11", _destinations.Calls);
        ClickDialogButton(cut, "Disconnect");

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid='connections-empty']")), Patience);
        Assert.Contains("Disconnect 5 11", _destinations.Calls);
    }

    [Fact]
    public void SyncNow_OneConnection_SyncsOnlyItAndFollowsTheJob()
    {
        var cut = RenderSegments(DestinationSamples.Connection(11, 3, "Churn risk"), DestinationSamples.Connection(12, 6, "Trial users"));

        cut.WaitForElement("[data-testid='sync-connection-12']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("Sync finished.", cut.Find("[data-testid='sync-connection-12-done']").TextContent.Trim()), Patience);
        Assert.Equal([(5L, (long?)12)], _destinations.Syncs);
        Assert.Equal("sync-1", _jobs.Polled[^1]);
    }

    [Fact]
    public void SyncNow_Refused_SaysWhyWithoutFollowing()
    {
        _destinations.Refusals["Sync"] = new ApiException(409, "CRM webhook is disabled: enable it on the Settings tab to sync.");
        var cut = RenderSegments(DestinationSamples.Connection(11, 3, "Churn risk"));

        cut.WaitForElement("[data-testid='sync-connection-11']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("CRM webhook is disabled: enable it on the Settings tab to sync.",
            cut.Find("[data-testid='sync-connection-11-error']").TextContent.Trim()), Patience);
        Assert.Empty(_jobs.Polled);
    }
}
