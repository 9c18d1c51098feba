using Bunit;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Segments;

public sealed class SegmentEditPageTests : SegmentsTestBase
{
    private static RuleGroupDto AgeOver30() =>
        new() { Children = [new TraitConditionDto { Trait = "age", Test = new() { Type = RuleValueType.Number, Operator = RuleOperator.GreaterThan, Value = "30" } }] };

    private IRenderedComponent<IComponent> RenderPage(long? id = null) =>
        RenderWithPopovers<SegmentEditPage>(("Id", id), ("PreviewDelay", NoDelay));

    private static string ErrorUnder(IRenderedComponent<IComponent> cut, string testId) =>
        cut.Find($"input[data-testid='{testId}']").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    [Fact]
    public void Save_NewSegment_CreatesItAndOpensIt()
    {
        var cut = RenderPage();
        cut.WaitForElement("input[data-testid='segment-name-input']", Patience).Change("Everyone");
        Assert.Equal("Everyone: there are no conditions yet.", cut.Find("[data-testid='rule-summary']").TextContent.Trim());
        cut.WaitForAssertion(() => Assert.Equal("42", cut.Find("[data-testid='audience-count']").TextContent.Trim()), Patience);

        cut.Find("[data-testid='segment-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("/segments/50", CurrentPath), Patience);
        var (id, input) = Assert.Single(_segments.Saves);
        Assert.Null(id);
        Assert.Equal(("Everyone", 60), (input.Name, input.RefreshMinutes));
        Assert.Empty(input.Rule.Children);
    }

    [Fact]
    public void Save_WithoutName_AsksForOne()
    {
        var cut = RenderPage();
        cut.WaitForElement("[data-testid='segment-save']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter a name for the segment.", ErrorUnder(cut, "segment-name-input")), Patience);
        Assert.Empty(_segments.Saves);
    }

    [Fact]
    public void Save_UnfinishedCondition_PointsAtItAndDoesNotSave()
    {
        var rule = new RuleGroupDto { Children = [new TraitConditionDto { Trait = "age", Test = new() { Type = RuleValueType.Number, Value = "abc" } }] };
        _segments.Segments.Add(FakeSegmentsApi.Segment(5, "Adults", rule));
        var cut = RenderPage(5);
        cut.WaitForAssertion(() => Assert.Equal(["'abc' is not a number."], Problems(cut)), Patience);

        cut.Find("[data-testid='segment-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Some conditions are not finished", cut.Find("[data-testid='segment-save-error']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(_segments.Saves);
    }

    [Fact]
    public void Save_Refused_ShowsEachErrorWhereItBelongs()
    {
        _segments.Segments.Add(FakeSegmentsApi.Segment(5, "Adults", AgeOver30()));
        _segments.SaveError = new ApiException(400, "One or more fields are invalid.", new Dictionary<string, string[]>
        {
            ["name"] = ["A segment named Adults exists."],
            ["rule.children[0].test"] = ["Condition 1 (trait \"age\"): the server says no."],
            ["schedule"] = ["Something no field shows."],
        });
        var cut = RenderPage(5);

        cut.WaitForElement("[data-testid='segment-save']", Patience).Click();

        cut.WaitForAssertion(() => Assert.Equal("A segment named Adults exists.", ErrorUnder(cut, "segment-name-input")), Patience);
        Assert.Equal(["Condition 1 (trait \"age\"): the server says no."], Problems(cut));
        var alert = cut.Find("[data-testid='segment-save-error']").TextContent;
        Assert.Contains("The segment was not saved: correct what is marked.", alert, StringComparison.Ordinal);
        Assert.Contains("Something no field shows.", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("the server says no", alert, StringComparison.Ordinal);
        Assert.Equal("/", CurrentPath);
    }

    [Fact]
    public void Edit_Existing_LoadsCountsAndUpdatesIt()
    {
        _segments.Segments.Add(FakeSegmentsApi.Segment(5, "Adults", AgeOver30()));
        var cut = RenderPage(5);

        cut.WaitForAssertion(() => Assert.Equal("Adults", cut.Find("input[data-testid='segment-name-input']").GetAttribute("value")), Patience);
        Assert.Equal("Edit Adults", cut.Find("h4").TextContent.Trim());
        cut.WaitForAssertion(() => Assert.Equal("42", cut.Find("[data-testid='audience-count']").TextContent.Trim()), Patience);
        Pick(cut, "segment-refresh-input", "every day");
        cut.Find("[data-testid='segment-save']").Click();

        cut.WaitForAssertion(() => Assert.Equal("/segments/5", CurrentPath), Patience);
        var (id, input) = Assert.Single(_segments.Saves);
        Assert.Equal((5L, 1_440), (id, input.RefreshMinutes));
        Assert.Equal("age", Assert.IsType<TraitConditionDto>(Assert.Single(input.Rule.Children)).Trait);
        Assert.Equal("segments/5", cut.Find("[data-testid='segment-cancel']").GetAttribute("href"));
    }

    [Fact]
    public void Edit_StaticSegment_SaysItHasNoRule()
    {
        _segments.Segments.Add(FakeSegmentsApi.Segment(8, "Trade fair", kind: "static"));

        var cut = RenderPage(8);

        cut.WaitForAssertion(() => Assert.Contains("has no rule to edit", cut.Find("[data-testid='segment-static']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll("[data-testid='segment-save']"));
    }

    [Fact]
    public void Edit_Missing_SaysSo()
    {
        var cut = RenderPage(404);

        cut.WaitForAssertion(() => Assert.Equal("There is no segment with id 404.", cut.Find("[data-testid='segment-load-error']").TextContent.Trim()), Patience);
    }
}
