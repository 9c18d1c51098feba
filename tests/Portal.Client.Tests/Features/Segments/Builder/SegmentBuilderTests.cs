using Bunit;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Builder;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Tests.Features.Segments.Rules;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Client.Tests.Features.Segments.Builder;

public sealed class SegmentBuilderTests : BuilderTestBase
{
    [Fact]
    public void AddCondition_Trait_AddsItAndSaysWhatIsMissing()
    {
        var rule = new RuleGroupDto();
        var cut = RenderBuilder(rule);

        AddCondition(cut, "trait");

        cut.WaitForAssertion(() => Assert.Equal("trait", cut.Find("[data-testid='condition']").GetAttribute("data-kind")), Patience);
        Assert.IsType<TraitConditionDto>(Assert.Single(rule.Children));
        Assert.Equal(["the trait name is required."], Problems(cut));
        Assert.NotNull(cut.Find("[data-testid='audience-waiting']"));
    }

    [Fact]
    public void AddGroup_ThenConditionInsideAndRemoveGroup_EditsTheTree()
    {
        var rule = With(Age());
        var cut = RenderBuilder(rule);

        cut.FindAll("[data-testid='add-group']").Last().Click();
        cut.WaitForElement("[data-path='rule.children[1]']", Patience);
        AddCondition(cut, "event", "rule.children[1]");

        cut.WaitForAssertion(() => Assert.IsType<EventConditionDto>(Assert.Single(Assert.IsType<RuleGroupDto>(rule.Children[1]).Children)), Patience);
        Assert.Equal("event", cut.Find("[data-path='rule.children[1].children[0]']").GetAttribute("data-kind"));
        Assert.Equal("and", cut.Find("[data-testid='connector']").TextContent.Trim());

        cut.Find("[data-path='rule.children[1]'] [data-testid='remove-group']").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-path='rule.children[1]']")), Patience);
        Assert.IsType<TraitConditionDto>(Assert.Single(rule.Children));
    }

    [Fact]
    public void RemoveCondition_First_KeepsTheOther()
    {
        var rule = With(Age(), new TraitConditionDto { Trait = "plan", Test = new() { Value = "pro" } });
        var cut = RenderBuilder(rule);

        cut.FindAll("[data-testid='remove-condition']")[0].Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid='condition']")), Patience);
        Assert.Equal("plan", Assert.IsType<TraitConditionDto>(Assert.Single(rule.Children)).Trait);
    }

    [Fact]
    public void AddGroup_FiveDeep_IsNotOffered()
    {
        var cut = RenderBuilder(RuleValidatorTests.NestedGroups(5));

        var buttons = cut.FindAll("[data-testid='add-group']");
        Assert.Equal(5, buttons.Count);
        // The innermost group's buttons come first: each group lists its children before its own buttons.
        Assert.Equal([true, false, false, false, false], buttons.Select(b => b.HasAttribute("disabled")));
    }

    [Fact]
    public void GroupMatch_Any_ChangesTheRuleAndTheWords()
    {
        var rule = With(Age(), new TraitConditionDto { Trait = "plan", Test = new() { Value = "pro" } });
        var cut = RenderBuilder(rule);

        cut.FindAll("[data-testid='group-match'] .mud-toggle-item").Single(b => b.TextContent.Trim() == "ANY").Click();

        cut.WaitForAssertion(() => Assert.Equal(GroupMatch.Any, rule.Match), Patience);
        Assert.Equal("or", cut.Find("[data-testid='connector']").TextContent.Trim());
        Assert.Equal("People whose age is greater than 30, or whose plan is pro", cut.Find("[data-testid='rule-summary']").TextContent.Trim());
    }

    [Fact]
    public void OperatorList_NumberTrait_OffersNumberOperatorsOnly()
    {
        var cut = RenderBuilder(With(Age()));

        cut.Find("[data-testid='test-operator']").Closest(".mud-select")!.MouseDown();

        cut.WaitForAssertion(() => Assert.Contains("between", OpenItems(cut)), Patience);
        Assert.Equal(["equals", "not equals", "greater than", "less than", "between", "in list", "exists", "not exists"], OpenItems(cut));
        Assert.DoesNotContain("contains", OpenItems(cut));
    }

    [Fact]
    public void TraitName_ChosenFromSchema_ComparesAsItsTypeAndOffersItsOperators()
    {
        var rule = With(new TraitConditionDto { Test = new() { Operator = RuleOperator.Contains } });
        var cut = RenderBuilder(rule);

        cut.Find("input[data-testid='trait-name']").Input("sign");
        cut.WaitForAssertion(() => Assert.Contains(OpenItems(cut), i => i.StartsWith("signed_up_at", StringComparison.Ordinal)), Patience);
        cut.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Contains("signed_up_at", StringComparison.Ordinal)).Click();

        var test = Assert.IsType<TraitConditionDto>(rule.Children[0]);
        cut.WaitForAssertion(() => Assert.Equal(("signed_up_at", RuleValueType.Date, RuleOperator.Before), (test.Trait, test.Test.Type, test.Test.Operator)), Patience);
        cut.Find("[data-testid='test-operator']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Equal(["before", "after", "between", "within last days", "exists", "not exists"], OpenItems(cut)), Patience);
    }

    [Fact]
    public void TypeValue_NotANumber_SaysSoUnderTheFieldAndDoesNotCount()
    {
        var cut = RenderBuilder(With(Age(value: null)));
        cut.WaitForAssertion(() => Assert.Equal(["a value is required."], Problems(cut)), Patience);

        cut.Find("input[data-testid='test-value']").Input("abc");

        cut.WaitForAssertion(() => Assert.Equal(["'abc' is not a number."], Problems(cut)), Patience);
        Assert.Contains("mud-input-error", cut.Find("input[data-testid='test-value']").Closest(".mud-input-control")!.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(_segments.Previews);
        Assert.NotNull(cut.Find("[data-testid='audience-waiting']"));
    }

    [Fact]
    public void TypeValue_ValidNumber_ShowsTheLiveCountAndSample()
    {
        var cut = RenderBuilder(With(Age(value: null)));

        cut.Find("input[data-testid='test-value']").Input("30");

        cut.WaitForAssertion(() => Assert.Equal("42", cut.Find("[data-testid='audience-count']").TextContent.Trim()), Patience);
        Assert.Empty(Problems(cut));
        var links = cut.FindAll("[data-testid='audience-sample'] a");
        Assert.Equal([("profiles/7", "Ann Lee"), ("profiles/9", "Profile 9")], links.Select(a => (a.GetAttribute("href"), a.TextContent.Trim())));
        Assert.Contains("\"value\":\"30\"", Assert.Single(_segments.Previews), StringComparison.Ordinal);
        Assert.Equal("People whose age is greater than 30", cut.Find("[data-testid='rule-summary']").TextContent.Trim());
    }

    [Fact]
    public void Preview_WhileCounting_ShowsProgress()
    {
        var answer = new TaskCompletionSource<SegmentPreviewDto>();
        _segments.PreviewAnswer = _ => answer.Task;

        var cut = RenderBuilder(With(Age()));

        cut.WaitForElement("[data-testid='audience-computing']", Patience);
        answer.SetResult(new SegmentPreviewDto(1, []));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid='audience-computing']")), Patience);
        Assert.Equal("1", cut.Find("[data-testid='audience-count']").TextContent.Trim());
        Assert.Contains("person matches", cut.Find("[data-testid='audience']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_QuickEdits_CountsOnlyTheLastRule()
    {
        // A pause long enough that the two edits below always fall within it, even on a busy machine.
        var cut = RenderBuilder(With(Age(value: null)), TimeSpan.FromSeconds(1));

        cut.Find("input[data-testid='test-value']").Input("3");
        cut.Find("input[data-testid='test-value']").Input("31");

        cut.WaitForAssertion(() => Assert.Equal("42", cut.Find("[data-testid='audience-count']").TextContent.Trim()), Patience);
        Assert.Contains("\"value\":\"31\"", Assert.Single(_segments.Previews), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_AnswerOfAnOlderRuleArrivesLast_KeepsTheNewerCount()
    {
        var answers = new List<TaskCompletionSource<SegmentPreviewDto>>();
        _segments.PreviewAnswer = _ =>
        {
            var answer = new TaskCompletionSource<SegmentPreviewDto>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (answers)
                answers.Add(answer);
            return answer.Task;
        };
        // A count starting renders nothing new (the progress bar is already up), so the test polls the calls, not the markup.
        bool Asked(int count)
        {
            lock (answers)
                return answers.Count == count;
        }

        var cut = RenderBuilder(With(Age()));
        Assert.True(SpinWait.SpinUntil(() => Asked(1), Patience));

        cut.Find("input[data-testid='test-value']").Input("31");
        Assert.True(SpinWait.SpinUntil(() => Asked(2), Patience));
        answers[1].SetResult(new SegmentPreviewDto(42, []));
        cut.WaitForAssertion(() => Assert.Equal("42", cut.Find("[data-testid='audience-count']").TextContent.Trim()), Patience);
        answers[0].SetResult(new SegmentPreviewDto(7, []));
        await Task.Delay(100, Xunit.TestContext.Current.CancellationToken);

        Assert.Equal("42", cut.Find("[data-testid='audience-count']").TextContent.Trim());
    }

    [Fact]
    public async Task Preview_Prerendered_CountsNothing()
    {
        Renderer.SetRendererInfo(new RendererInfo("Static", false));

        var cut = RenderBuilder(With(Age()));
        // Longer than the builder's pause here: a count would have been asked for by now.
        await Task.Delay(100, Xunit.TestContext.Current.CancellationToken);

        Assert.Empty(cut.FindAll("[data-testid='audience-computing']"));
        Assert.Empty(_segments.Previews);
    }

    [Fact]
    public void Operator_Between_ShowsTwoValuesAndChecksTheirOrder()
    {
        var rule = With(Age());
        var cut = RenderBuilder(rule);

        Pick(cut, "test-operator", "between");
        cut.WaitForElement("input[data-testid='test-value2']", Patience).Input("20");

        cut.WaitForAssertion(() => Assert.Equal(["the first value must not be above the second."], Problems(cut)), Patience);
        cut.Find("input[data-testid='test-value2']").Input("40");
        cut.WaitForAssertion(() => Assert.Empty(Problems(cut)), Patience);
        Assert.Equal(("30", "40"), (((TraitConditionDto)rule.Children[0]).Test.Value, ((TraitConditionDto)rule.Children[0]).Test.Value2));
    }

    [Fact]
    public void Operator_InList_AddsAndRemovesValuesAsChips()
    {
        var rule = With(new TraitConditionDto { Trait = "plan", Test = new() { Value = "pro" } });
        var cut = RenderBuilder(rule);

        Pick(cut, "test-operator", "in list");
        cut.WaitForAssertion(() => Assert.Equal(["the list needs at least one value."], Problems(cut)), Patience);
        var input = cut.Find("input[data-testid='test-list-input']");
        input.Input("pro");
        input.KeyDown("Enter");
        cut.Find("input[data-testid='test-list-input']").Input("team");
        cut.Find("input[data-testid='test-list-input']").KeyDown("Enter");

        var test = ((TraitConditionDto)rule.Children[0]).Test;
        cut.WaitForAssertion(() => Assert.Equal(["pro", "team"], test.Values!), Patience);
        Assert.Null(test.Value);
        Assert.Equal(["pro", "team"], cut.FindAll("[data-testid='test-list-value']").Select(c => c.TextContent.Trim()));
        Assert.Empty(Problems(cut));

        cut.FindAll("[data-testid='test-list-value'] .mud-chip-close-button")[0].Click();
        cut.WaitForAssertion(() => Assert.Equal(["team"], test.Values!), Patience);
    }

    [Fact]
    public void Operator_ExistsThenWithinLastDays_AsksForDaysOnly()
    {
        var rule = With(new TraitConditionDto { Trait = "signed_up_at", Test = new() { Type = RuleValueType.Date, Operator = RuleOperator.Exists } });
        var cut = RenderBuilder(rule);
        Assert.Empty(cut.FindAll("input[data-testid='test-value']"));

        Pick(cut, "test-operator", "within last days");
        cut.WaitForAssertion(() => Assert.Equal(["the number of days must be 1 to 36500."], Problems(cut)), Patience);
        cut.Find("input[data-testid='test-days']").Input("30");

        cut.WaitForAssertion(() => Assert.Equal(30, ((TraitConditionDto)rule.Children[0]).Test.Days), Patience);
        Assert.Empty(Problems(cut));
        Assert.Equal("People whose signed_up_at is within the last 30 days", cut.Find("[data-testid='rule-summary']").TextContent.Trim());
    }

    [Fact]
    public void ServerErrors_ShownAtTheConditionUntilTheNextEdit()
    {
        var errors = new Dictionary<string, string[]>
        {
            ["rule.children[0].test"] = ["Condition 1 (trait \"age\"): the server says no."],
            ["rule.children[0].somethingNew"] = ["Condition 1 (trait \"age\"): a field the builder does not know."],
        };
        var cut = RenderBuilder(With(Age()), serverErrors: errors);

        Assert.Equal(["Condition 1 (trait \"age\"): the server says no."], Problems(cut));
        Assert.Equal("Condition 1 (trait \"age\"): a field the builder does not know.", cut.Find("[data-testid='rule-problem']").TextContent.Trim());

        cut.Find("input[data-testid='test-value']").Input("31");

        cut.WaitForAssertion(() => Assert.Empty(Problems(cut)), Patience);
        Assert.Empty(cut.FindAll("[data-testid='rule-problem']"));
    }
}
