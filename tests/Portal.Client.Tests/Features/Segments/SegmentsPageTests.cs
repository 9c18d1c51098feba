using Bunit;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace Lodestar.Portal.Client.Tests.Features.Segments;

public sealed class SegmentsPageTests : SegmentsTestBase
{
    /// <summary>Opens the upload dialog from the empty list and chooses fair.csv with this content.</summary>
    private static void ChooseUploadFile(IRenderedComponent<IComponent> cut, string csv)
    {
        cut.WaitForElement("[data-testid='segments-empty']", Patience);
        cut.Find("[data-testid='segment-upload']").Click();
        cut.WaitForElement("[data-testid='static-file']", Patience);
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(csv, "fair.csv"));
        cut.WaitForAssertion(() => Assert.Equal("fair.csv", cut.Find("[data-testid='static-file-name']").TextContent.Trim()), Patience);
    }

    private void AddFour()
    {
        _segments.Items.Add(FakeSegmentsApi.Item(1, "Big spenders", "live", 1_234, [10, 20, 15]));
        _segments.Items.Add(FakeSegmentsApi.Item(2, "Churn risk", "failed", 80, reason: "The rule took longer than 5 minutes."));
        _segments.Items.Add(FakeSegmentsApi.Item(3, "Trade fair", "computing", 12, kind: "static"));
        _segments.Items.Add(FakeSegmentsApi.Item(4, "Brand new", "new", null));
    }

    [Fact]
    public void Render_Segments_ShowsSizeStatusWhenComputedAndTrend()
    {
        AddFour();

        var cut = RenderWithPopovers<SegmentsPage>();

        cut.WaitForAssertion(() => Assert.Equal(["Big spenders", "Churn risk", "Trade fair", "Brand new"], Texts(cut, "segment-name")), Patience);
        Assert.Equal(["1,234", "80", "12", "—"], Texts(cut, "segment-size"));
        Assert.Equal(["live", "failed", "computing", "new"], Texts(cut, "segment-status"));
        Assert.Equal(["Rule", "Rule", "Static list", "Rule"], Texts(cut, "segment-kind"));
        Assert.Equal(["3 h ago", "3 h ago", "3 h ago", "never"], Texts(cut, "segment-computed"));
        Assert.Equal("segments/1", cut.Find("[data-testid='segment-name'] a").GetAttribute("href"));
        var trend = Assert.Single(cut.FindAll("[data-testid='trend']"));
        Assert.Equal("1,23 48,1 95,12", trend.QuerySelector("polyline")!.GetAttribute("points"));
        Assert.Contains("10 → 15", trend.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("The last refresh failed: The rule took longer than 5 minutes.", cut.FindComponent<MudTooltip>().Instance.Text);
    }

    [Fact]
    public void Render_NoSegments_SaysWhatToDoNext()
    {
        var cut = RenderWithPopovers<SegmentsPage>();

        cut.WaitForAssertion(() => Assert.Contains("No segments yet.", cut.Find("[data-testid='segments-empty']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("Upload static segment", cut.Find("[data-testid='segments-empty']").TextContent, StringComparison.Ordinal);
        Assert.Equal("segments/new", cut.Find("[data-testid='segment-new']").GetAttribute("href"));
    }

    [Fact]
    public void Search_PartOfAName_ShowsOnlyMatches()
    {
        AddFour();
        var cut = RenderWithPopovers<SegmentsPage>();
        cut.WaitForAssertion(() => Assert.Equal(4, Texts(cut, "segment-name").Length), Patience);

        cut.Find("input[data-testid='segment-search']").Input("risk");

        cut.WaitForAssertion(() => Assert.Equal(["Churn risk"], Texts(cut, "segment-name")), Patience);
        cut.Find("input[data-testid='segment-search']").Input("nothing like it");
        cut.WaitForAssertion(() => Assert.Contains("No segment matches", cut.Find("[data-testid='segments-no-match']").TextContent, StringComparison.Ordinal), Patience);
    }

    [Fact]
    public void Delete_Confirmed_RemovesTheSegment()
    {
        AddFour();
        var cut = RenderWithPopovers<SegmentsPage>();
        cut.WaitForAssertion(() => Assert.Equal(4, Texts(cut, "segment-name").Length), Patience);

        cut.FindAll("[data-testid='segment-delete']")[1].Click();
        cut.WaitForAssertion(() => Assert.Contains("Delete Churn risk?", cut.Find(".mud-dialog").TextContent, StringComparison.Ordinal), Patience);
        cut.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Big spenders", "Trade fair", "Brand new"], Texts(cut, "segment-name")), Patience);
        Assert.Equal([2L], _segments.Deleted);
    }

    [Fact]
    public void Delete_Cancelled_KeepsTheSegment()
    {
        AddFour();
        var cut = RenderWithPopovers<SegmentsPage>();
        cut.WaitForAssertion(() => Assert.Equal(4, Texts(cut, "segment-name").Length), Patience);

        cut.FindAll("[data-testid='segment-delete']")[0].Click();
        cut.WaitForElement(".mud-dialog", Patience);
        cut.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-dialog")), Patience);
        Assert.Empty(_segments.Deleted);
        Assert.Equal(4, Texts(cut, "segment-name").Length);
    }

    [Fact]
    public void Duplicate_Segment_ListsTheCopy()
    {
        _segments.Items.Add(FakeSegmentsApi.Item(1, "Big spenders"));
        _segments.Segments.Add(FakeSegmentsApi.Segment(1, "Big spenders"));
        var cut = RenderWithPopovers<SegmentsPage>();
        cut.WaitForElement("[data-testid='segment-duplicate']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal(["Big spenders", "Big spenders (copy)"], Texts(cut, "segment-name")), Patience);
        Assert.Equal(["live", "new"], Texts(cut, "segment-status"));
    }

    [Fact]
    public void Upload_StaticSegment_ShowsTheReportAndListsIt()
    {
        var cut = RenderWithPopovers<SegmentsPage>();
        ChooseUploadFile(cut, "email\nann@example.com\nbo@example.com\nx\n");
        cut.Find("input[data-testid='static-name']").Change("Trade fair 2026");
        cut.Find("[data-testid='static-upload']").Click();

        cut.WaitForAssertion(() => Assert.Contains("3 identifiers read, 2 matched to a profile (66.7 %)", Flat(cut.Find("[data-testid='static-report']").TextContent), StringComparison.Ordinal), Patience);
        Assert.Equal("row 3: 'x' is not an email address.", cut.Find("[data-testid='static-rejected'] .mud-list-item").TextContent.Trim());
        var upload = Assert.Single(_segments.Uploads);
        Assert.Equal(("Trade fair 2026", "fair.csv"), (upload.Name, upload.FileName));
        Assert.StartsWith("email\nann@example.com", upload.Csv, StringComparison.Ordinal);

        cut.Find("[data-testid='static-done']").Click();
        cut.WaitForAssertion(() => Assert.Equal(["Trade fair 2026"], Texts(cut, "segment-name")), Patience);
    }

    [Fact]
    public void Upload_NameTaken_ShowsTheMessageUnderTheName()
    {
        _segments.UploadError = new ApiException(400, "One or more fields are invalid.",
            new Dictionary<string, string[]> { ["name"] = ["A segment named fair exists: choose another name."], ["file"] = ["The header names no identifier type."] });
        var cut = RenderWithPopovers<SegmentsPage>();
        ChooseUploadFile(cut, "nickname\nann\n");

        cut.Find("[data-testid='static-upload']").Click();

        cut.WaitForAssertion(() => Assert.Contains("A segment named fair exists", cut.Find("input[data-testid='static-name']").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("fair", Assert.Single(_segments.Uploads).Name);
        var error = cut.Find("[data-testid='static-error']");
        Assert.StartsWith("The segment was not created:", error.TextContent.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("The header names no identifier type.", error.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='static-report']"));
    }
}
