using Bunit;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace Lodestar.Portal.Client.Tests.Features.Segments;

public sealed class SegmentPageTests : SegmentsTestBase
{
    private static readonly RuleGroupDto Rule = new()
    {
        Children = [new TraitConditionDto { Trait = "plan", Test = new() { Value = "pro" } }, new MembershipConditionDto { SegmentId = 6 }],
    };

    private IRenderedComponent<IComponent> RenderPage(long id = 5) =>
        RenderWithPopovers<SegmentPage>(("Id", id), ("PollInterval", TimeSpan.FromMilliseconds(10)));

    private void AddSegment(string status = "live", int members = 3)
    {
        _segments.Segments.Add(FakeSegmentsApi.Segment(5, "Pro users", Rule, status, reason: status == "failed" ? "The database was busy." : null));
        _segments.Members[5] = [.. Enumerable.Range(1, members).Select(i => new SegmentMemberDto(100 + i, $"Person {i:00}", FakeSegmentsApi.Now.AddDays(-i)))];
    }

    /// <summary>Opens the tab whose title starts with <paramref name="title"/> (only the open tab is rendered).</summary>
    private static void OpenTab(IRenderedComponent<IComponent> cut, string title)
    {
        cut.WaitForElement("[data-testid='segment-title']", Patience);
        cut.FindAll(".mud-tab").First(t => t.TextContent.Trim().StartsWith(title, StringComparison.OrdinalIgnoreCase)).Click();
    }

    private static SegmentRefreshDto Refresh(long id, int size, int entered, int exited, string status = "done") =>
        new(id, FakeSegmentsApi.Now.AddHours(id - 10), status == "running" ? null : FakeSegmentsApi.Now.AddHours(id - 10).AddMinutes(1), size, entered, exited, status, null);

    [Fact]
    public void Render_Segment_ShowsItsHeaderAndMembers()
    {
        AddSegment();

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("Pro users", cut.Find("[data-testid='segment-title']").TextContent.Trim()), Patience);
        Assert.Equal("live", cut.Find("[data-testid='segment-header'] [data-testid='segment-status']").TextContent.Trim());
        Assert.Contains("1,234", cut.Find("[data-testid='segment-header']").TextContent, StringComparison.Ordinal);
        Assert.Contains("5 min ago", cut.Find("[data-testid='segment-header']").TextContent, StringComparison.Ordinal);
        Assert.Equal("People whose plan is pro, and who are in Big spenders", cut.Find("[data-testid='segment-summary']").TextContent.Trim());
        Assert.Equal("segments/5/edit", cut.Find("[data-testid='segment-edit']").GetAttribute("href"));
        cut.WaitForAssertion(() => Assert.Equal(["Person 01", "Person 02", "Person 03"], Texts(cut, "member-name")), Patience);
        Assert.Equal("profiles/101", cut.Find("[data-testid='member-name'] a").GetAttribute("href"));
        Assert.Equal("3 members", cut.Find("[data-testid='member-total']").TextContent.Trim());
        Assert.Equal("api/segments/5/members", cut.Find("[data-testid='member-csv']").GetAttribute("href"));
    }

    [Fact]
    public void Members_NextPage_AsksForThatPage()
    {
        AddSegment(members: 30);
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.Equal(25, Texts(cut, "member-name").Length), Patience);

        cut.Find("[data-testid='member-table'] .mud-table-pagination-actions button[aria-label='Next page']").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Person 26", "Person 27", "Person 28", "Person 29", "Person 30"], Texts(cut, "member-name")), Patience);
        Assert.Equal((5L, null, 25, 25), _segments.MemberQueries[^1]);
    }

    [Fact]
    public void Members_Search_AsksFromTheFirstPage()
    {
        AddSegment(members: 30);
        var cut = RenderPage();
        cut.WaitForAssertion(() => Assert.Equal(25, Texts(cut, "member-name").Length), Patience);

        cut.Find("input[data-testid='member-search']").Input("Person 2");

        cut.WaitForAssertion(() => Assert.Equal(10, Texts(cut, "member-name").Length), Patience);
        Assert.Equal((5L, "Person 2", 0, 25), _segments.MemberQueries[^1]);
        cut.Find("input[data-testid='member-search']").Input("Nobody");
        cut.WaitForAssertion(() => Assert.Contains("No member matches", cut.Find("[data-testid='members-empty']").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void Render_NewSegment_SaysItIsNotComputedAndFollowsItsFirstRefresh()
    {
        _segments.Segments.Add(FakeSegmentsApi.Segment(5, "Pro users", Rule, "new", size: null));

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Contains("Not computed yet.", cut.Find("[data-testid='members-empty']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("not computed", cut.Find("[data-testid='segment-header']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Computing…", cut.Find("[data-testid='segment-refresh']").TextContent, StringComparison.Ordinal);

        _segments.Change(api =>
        {
            api.Refreshes[5] = [Refresh(1, 3, 3, 0)];
            api.Segments[0] = api.Segments[0] with { Status = "live", Size = 3 };
            api.Members[5] = [new SegmentMemberDto(101, "Person 01", FakeSegmentsApi.Now)];
        });

        cut.WaitForAssertion(() => Assert.Equal(["Person 01"], Texts(cut, "member-name")), Patience);
        cut.WaitForAssertion(() => Assert.Contains("Refresh now", cut.Find("[data-testid='segment-refresh']").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void MembersCsv_Clicked_DownloadsWithAcceptCsv()
    {
        AddSegment();
        var module = JSInterop.SetupModule("./js/download.js");
        module.SetupVoid("download", "api/segments/5/members", "text/csv", "segment-5-members.csv").SetVoidResult();
        var cut = RenderPage();

        cut.WaitForElement("[data-testid='member-csv']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Single(module.Invocations["download"]), Patience);
    }

    [Fact]
    public void SizeTab_Refreshes_ChartSizeAndEnteredExitedOfFinishedOnes()
    {
        AddSegment();
        _segments.Refreshes[5] = [Refresh(3, 0, 0, 0, "running"), Refresh(2, 120, 30, 10), Refresh(1, 100, 100, 0)];

        var cut = RenderPage();
        OpenTab(cut, "Size over time");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindComponents<PlotlyChart>().Count), Patience);
        var charts = cut.FindComponents<PlotlyChart>();
        var size = Assert.IsType<Scatter>(Assert.Single(charts[0].Instance.Data));
        Assert.Equal([100, 120], size.Y.Cast<int>());
        Assert.Equal(["2026-05-04 03:01:00", "2026-05-04 04:01:00"], size.X.Cast<string>());
        Assert.Equal("Size per refresh", charts[0].Instance.Layout.Title.Text);
        Assert.Equal("People", charts[0].Instance.Layout.YAxis[0].Title.Text);
        var bars = charts[1].Instance.Data.Cast<Bar>().ToList();
        Assert.Equal([("Entered", new[] { 100, 30 }), ("Exited", new[] { 0, 10 })], bars.Select(b => (b.Name, b.Y.Cast<int>().ToArray())));
        Assert.Contains("entered", bars[0].HoverTemplate, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeTab_NoRefreshYet_SaysSo()
    {
        AddSegment();

        var cut = RenderPage();
        OpenTab(cut, "Size over time");

        cut.WaitForAssertion(() => Assert.Contains("No refresh has finished yet.", cut.Find("[data-testid='size-empty']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindComponents<PlotlyChart>());
    }

    [Fact]
    public void HistoryTab_Versions_ShowWhoWhenWhatAndTheRuleInWords()
    {
        AddSegment();
        _segments.Versions[5] =
        [
            new(1, "Pro users", null, new RuleGroupDto { Children = [new TraitConditionDto { Trait = "plan", Test = new() { Value = "pro" } }] }, 60,
                "mia@example.com", FakeSegmentsApi.Now.AddDays(-2), "Created"),
            new(2, "Pro users", null, Rule, 60, "sam@example.com", FakeSegmentsApi.Now.AddHours(-2), "Added condition 2 (segment 6)"),
        ];

        var cut = RenderPage();
        OpenTab(cut, "Size over time");
        OpenTab(cut, "History");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid='history-version']").Count), Patience);
        var newest = Flat(cut.FindAll("[data-testid='history-version']")[0].TextContent);
        Assert.Contains("Version 2 · sam@example.com · 2026-05-04 10:00 UTC (2 h ago)", newest, StringComparison.Ordinal);
        Assert.Equal(["Added condition 2 (segment 6)", "Created"], Texts(cut, "history-change"));
        Assert.Equal("People whose plan is pro, and who are in Big spenders; recomputed every hour.", Flat(cut.FindAll("[data-testid='history-summary']")[0].TextContent));
    }

    [Fact]
    public void RefreshNow_Clicked_FollowsTheRefreshUntilItFinishes()
    {
        AddSegment();
        _segments.Refreshes[5] = [Refresh(1, 100, 100, 0)];
        var cut = RenderPage();
        cut.WaitForElement("[data-testid='segment-refresh']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Contains("Computing…", cut.Find("[data-testid='segment-refresh']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal([5L], _segments.Refreshed);
        // The page shows what the next check of the segment says.
        cut.WaitForAssertion(() => Assert.Equal("computing", cut.Find("[data-testid='segment-header'] [data-testid='segment-status']").TextContent.Trim()), Patience);
        var queries = _segments.MemberQueries.Count;

        _segments.Change(api =>
        {
            api.Refreshes[5] = [Refresh(2, 4, 3, 102), Refresh(1, 100, 100, 0)];
            api.Segments[0] = api.Segments[0] with { Status = "live", Size = 4 };
        });

        cut.WaitForAssertion(() => Assert.Contains("Refresh now", cut.Find("[data-testid='segment-refresh']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("live", cut.Find("[data-testid='segment-header'] [data-testid='segment-status']").TextContent.Trim());
        Assert.True(_segments.MemberQueries.Count > queries);
    }

    [Fact]
    public void Render_Failed_ShowsWhy()
    {
        AddSegment("failed");

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("The last refresh failed: The database was busy.", cut.Find("[data-testid='segment-failed']").TextContent.Trim()), Patience);
    }

    [Fact]
    public void Duplicate_Clicked_OpensTheCopy()
    {
        AddSegment();
        var cut = RenderPage();

        cut.WaitForElement("[data-testid='segment-duplicate']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("/segments/905", CurrentPath), Patience);
    }
}
