using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

public sealed class RunsTabTests : DestinationsTestBase
{
    private const string Response = "HTTP 500 Internal Server Error\n{\"error\":\"database unavailable\"}";

    private IRenderedComponent<IComponent> RenderRuns(int runs = 3)
    {
        _destinations.Add(DestinationSamples.Destination(5, "CRM webhook", connections: [DestinationSamples.Connection(11, 3, "Churn risk")]));
        _destinations.Runs[5] = [.. Enumerable.Range(1, runs).Select(i => i switch
        {
            1 => DestinationSamples.Run(1, "PartlyFailed", planned: 1_200, sent: 1_150, failed: 40, skipped: 10, error: Response, trigger: "Manual"),
            2 => DestinationSamples.Run(2, "Running", planned: 500, sent: 200),
            _ => DestinationSamples.Run(i, full: true),
        })];
        var cut = RenderDestination();
        OpenTab(cut, "Runs");
        return cut;
    }

    private static LedgerEntryDto Entry(long id, string status, string action = "Add", string? error = null) =>
        new(id, 1, 100 + id, action, (int)(id / 3), status, $"{{\"type\":\"audience_entered\",\"profileId\":{100 + id}}}", error,
            status == "Pending" ? null : DestinationSamples.Now.AddMinutes(-id));

    private IRenderedComponent<IComponent> RenderLedger(int entries = 6)
    {
        _destinations.Ledgers[1] = [.. Enumerable.Range(1, entries).Select(i => Entry(i, i % 3 == 0 ? "Failed" : "Sent", error: i % 3 == 0 ? "HTTP 400: invalid email" : null))];
        var cut = RenderRuns();
        cut.WaitForElement("[data-testid='run-ledger']", Patience).Click();
        return cut;
    }

    [Fact]
    public void Render_Runs_ShowsTriggerSegmentStatusCountsAndDuration()
    {
        var cut = RenderRuns();

        cut.WaitForAssertion(() => Assert.Equal(["partly failed", "running", "succeeded"], Texts(cut, "run-status")), Patience);
        Assert.Equal(["2026-05-04 11:00", "2026-05-04 10:00", "2026-05-04 09:00"], Texts(cut, "run-started"));
        Assert.Equal(["manual", "schedule", "schedule · full"], Texts(cut, "run-trigger"));
        Assert.Equal(["1,200", "500", "1,000"], Texts(cut, "run-planned"));
        Assert.Equal(["1,150", "200", "1,000"], Texts(cut, "run-sent"));
        Assert.Equal(["40", "0", "0"], Texts(cut, "run-failed"));
        Assert.Equal(["10", "0", "0"], Texts(cut, "run-skipped"));
        Assert.Equal(["12.5 s", "running", "12.5 s"], Texts(cut, "run-duration"));
        Assert.Equal([(5L, 0, 20)], _destinations.RunQueries);
    }

    [Fact]
    public void RunError_Expanded_ShowsTheDestinationsResponse()
    {
        var cut = RenderRuns();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='run-error-toggle']")), Patience);
        Assert.Empty(cut.FindAll("[data-testid='run-error']"));

        cut.Find("[data-testid='run-error-toggle']").Click();

        cut.WaitForAssertion(() => Assert.Equal(Response, cut.Find("[data-testid='run-error'] pre").TextContent), Patience);
        cut.Find("[data-testid='run-error-toggle']").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='run-error']")), Patience);
    }

    [Fact]
    public void Runs_NextPage_AsksForThatPage()
    {
        var cut = RenderRuns(25);
        cut.WaitForAssertion(() => Assert.Equal(20, Texts(cut, "run-status").Length), Patience);

        cut.Find("[data-testid='run-table'] .mud-table-pagination-actions button[aria-label='Next page']").Click();

        cut.WaitForAssertion(() => Assert.Equal(5, Texts(cut, "run-status").Length), Patience);
        Assert.Equal((5L, 20, 20), _destinations.RunQueries[^1]);
    }

    [Fact]
    public void Runs_None_SaysHowRunsStart()
    {
        var cut = RenderRuns(0);

        cut.WaitForAssertion(() => Assert.Contains("No runs yet.", cut.Find("[data-testid='runs-empty']").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void Ledger_Opened_ShowsTheRunsRecordsAndThePayloadPrettyPrinted()
    {
        var cut = RenderLedger();

        cut.WaitForAssertion(() => Assert.Equal(["101", "102", "103", "104", "105", "106"], Texts(cut, "ledger-profile")), Patience);
        Assert.Equal(["sent", "sent", "failed", "sent", "sent", "failed"], Texts(cut, "ledger-entry-status"));
        Assert.Equal("HTTP 400: invalid email", Texts(cut, "ledger-entry-error")[2]);
        Assert.Equal("Run of 2026-05-04 11:00:00 UTC", Flat(cut.Find("[data-testid='ledger-title']").TextContent));
        Assert.Equal((1L, (string?)null, 0, 50), _destinations.LedgerQueries[^1]);

        cut.FindAll("[data-testid='ledger-payload-toggle']")[0].Click();

        cut.WaitForAssertion(() => Assert.Equal("{\n  \"type\": \"audience_entered\",\n  \"profileId\": 101\n}",
            cut.Find("[data-testid='ledger-payload'] pre").TextContent.ReplaceLineEndings("\n")), Patience);
    }

    [Fact]
    public void Ledger_StatusFilter_AsksTheServerFromTheFirstPage()
    {
        var cut = RenderLedger(120);
        cut.WaitForAssertion(() => Assert.Equal(50, Texts(cut, "ledger-profile").Length), Patience);
        cut.Find("[data-testid='ledger-table'] .mud-table-pagination-actions button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal((1L, (string?)null, 50, 50), _destinations.LedgerQueries[^1]), Patience);

        Pick(cut, "ledger-status", "Failed");

        cut.WaitForAssertion(() => Assert.Equal((1L, "Failed", 0, 50), _destinations.LedgerQueries[^1]), Patience);
        cut.WaitForAssertion(() => Assert.Equal(40, Texts(cut, "ledger-profile").Length), Patience);
        Assert.All(Texts(cut, "ledger-entry-status"), s => Assert.Equal("failed", s));
        Pick(cut, "ledger-status", "Pending");
        cut.WaitForAssertion(() => Assert.Equal("No record of this run is pending.", cut.Find("[data-testid='ledger-empty']").TextContent.Trim()), Patience);
    }

    [Fact]
    public void Replay_Confirmed_ReplaysFollowsTheJobAndShowsTheRuns()
    {
        var cut = RenderLedger();
        cut.WaitForElement("[data-testid='ledger-replay']", Patience).Click();
        cut.WaitForAssertion(() => Assert.Contains("Replay this run?", cut.Markup, StringComparison.Ordinal), Patience);
        Assert.Empty(_destinations.Replays);

        ClickDialogButton(cut, "Replay");

        // Back on the runs, read again: the replay is the newest run.
        cut.WaitForAssertion(() => Assert.Equal(2, _destinations.RunQueries.Count), Patience);
        cut.WaitForAssertion(() => Assert.Equal(3, Texts(cut, "run-status").Length), Patience);
        Assert.Equal([1L], _destinations.Replays);
        Assert.Contains("replay-1", _jobs.Polled);
    }

    [Fact]
    public void Replay_Cancelled_SendsNothing()
    {
        var cut = RenderLedger();
        cut.WaitForElement("[data-testid='ledger-replay']", Patience).Click();

        ClickDialogButton(cut, "Cancel");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Empty(_destinations.Replays);
        Assert.NotNull(cut.Find("[data-testid='ledger-table']"));
    }

    [Fact]
    public void Ledger_Back_ShowsTheRunsAgain()
    {
        var cut = RenderLedger();

        cut.WaitForElement("[data-testid='ledger-back']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal(3, Texts(cut, "run-status").Length), Patience);
    }
}
