using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Tests.Features.Segments.Rules;

/// <summary>The builder's check says what the Domain's SegmentRuleValidator says, under the same JSON paths.</summary>
public sealed class RuleValidatorTests
{
    private static RuleGroupDto All(params RuleNodeDto[] children) => new() { Children = [.. children] };

    private static TraitConditionDto Trait(string trait, RuleValueType type, RuleOperator op, string? value = null) =>
        new() { Trait = trait, Test = new() { Type = type, Operator = op, Value = value } };

    /// <summary>A rule whose groups are nested <paramref name="depth"/> deep (the rule itself is depth 1).</summary>
    public static RuleGroupDto NestedGroups(int depth)
    {
        var rule = new RuleGroupDto();
        var group = rule;
        for (var level = 2; level <= depth; level++)
        {
            var inner = new RuleGroupDto();
            group.Children.Add(inner);
            group = inner;
        }

        return rule;
    }

    [Fact]
    public void Validate_CompleteTree_HasNoErrors()
    {
        Assert.Empty(RuleValidator.Validate(RuleJsonTests.Tree()));
    }

    [Fact]
    public void Validate_EmptyRule_MatchesEveryoneWithoutErrors()
    {
        Assert.Empty(RuleValidator.Validate(new RuleGroupDto()));
    }

    [Fact]
    public void Validate_NumberThatIsNotANumber_NamesTheConditionAndTheTest()
    {
        var errors = RuleValidator.Validate(All(Trait("plan", RuleValueType.String, RuleOperator.Equals, "pro"), Trait("age", RuleValueType.Number, RuleOperator.GreaterThan, "abc")));

        var (key, messages) = Assert.Single(errors);
        Assert.Equal("rule.children[1].test", key);
        Assert.Equal(["Condition 2 (trait \"age\"): 'abc' is not a number."], messages);
    }

    [Theory]
    [InlineData(RuleValueType.Number, RuleOperator.Contains, "x", "'contains' does not apply to a number; use one of: equals, not equals, greater than, less than, between, in list, exists, not exists.")]
    [InlineData(RuleValueType.Boolean, RuleOperator.Equals, "yes", "'yes' is not true or false.")]
    [InlineData(RuleValueType.Date, RuleOperator.Before, "31/01/2026", "'31/01/2026' is not a date (write 2026-01-31).")]
    [InlineData(RuleValueType.String, RuleOperator.Equals, " ", "a value is required.")]
    public void Check_WrongTest_SaysWhatTheDomainSays(RuleValueType type, RuleOperator op, string value, string message)
    {
        var problem = Assert.Single(RuleValidator.Check(All(Trait("t", type, op, value))));

        Assert.Equal(("rule.children[0].test", message), (problem.Key, problem.Message));
    }

    [Fact]
    public void Check_BetweenTheWrongWayRound_AsksForTheSmallerFirst()
    {
        var rule = All(new TraitConditionDto { Trait = "age", Test = new() { Type = RuleValueType.Number, Operator = RuleOperator.Between, Value = "9", Value2 = "3" } });

        Assert.Equal("the first value must not be above the second.", Assert.Single(RuleValidator.Check(rule)).Message);
    }

    [Fact]
    public void Check_EventProblems_AreKeyedByTheirField()
    {
        var rule = All(
            new EventConditionDto { Event = "", Count = 1 },
            new EventConditionDto { Event = "Signed Up", Count = 0 },
            new EventConditionDto { Event = "Signed Up", Window = new() { LastDays = 30, From = new DateOnly(2026, 1, 1) } },
            new EventConditionDto { Event = "Signed Up", Where = [new() { Property = "properties.plan", Test = new() { Operator = RuleOperator.InList } }] });

        Assert.Equal(
            [
                ("rule.children[0].event", "the event name is required."),
                ("rule.children[1].count", "'at least 0 times' matches everyone; use at least 1, or 'did not perform'."),
                ("rule.children[2].window", "give either the last N days or a date range, not both."),
                ("rule.children[3].where[0].test", "properties.plan: the list needs at least one value."),
            ],
            RuleValidator.Check(rule).Select(p => (p.Key, p.Message)));
    }

    [Fact]
    public void Check_ComputedSumComparedAsText_AsksForANumber()
    {
        var rule = All(new ComputedConditionDto { Event = "Order Completed", Property = "properties.revenue", Test = new() { Value = "1" } });

        var problem = Assert.Single(RuleValidator.Check(rule));
        Assert.Equal(("rule.children[0].test", "the sum is a number: compare it as a number."), (problem.Key, problem.Message));
        Assert.Equal("Condition 1 (sum of \"Order Completed\"): the sum is a number: compare it as a number.", problem.FullMessage);
    }

    [Fact]
    public void Check_CrmAndMembershipWithoutChoices_AskForThem()
    {
        var rule = All(
            new CrmConditionDto { Field = CrmField.DealStage },
            new CrmConditionDto { Field = CrmField.AccountField, AccountField = "employees", Test = new() { Value = "10" } },
            new CrmConditionDto { Field = CrmField.Owner, Test = new() { Operator = RuleOperator.Contains, Value = "u" } },
            new MembershipConditionDto());

        Assert.Equal(
            [
                ("rule.children[0].stageId", "choose a deal stage."),
                ("rule.children[1].accountField", "the account's employees is a number."),
                ("rule.children[2].test", "compare the owner with equals, not equals, exists or not exists."),
                ("rule.children[3].segmentId", "choose a segment."),
            ],
            RuleValidator.Check(rule).Select(p => (p.Key, p.Message)));
    }

    [Fact]
    public void Validate_GroupsSixDeep_SaysHowDeepTheyMayBe()
    {
        var rule = NestedGroups(6);

        var (key, messages) = Assert.Single(RuleValidator.Validate(rule));
        Assert.Equal("rule.children[0].children[0].children[0].children[0].children[0]", key);
        Assert.Equal(["Group 1.1.1.1.1: groups can be nested at most 5 deep."], messages);
    }

    [Fact]
    public void Validate_FiftyOneConditions_SaysTheLimit()
    {
        var rule = All([.. Enumerable.Range(0, 51).Select(_ => Trait("plan", RuleValueType.String, RuleOperator.Exists))]);

        Assert.Equal(["A segment can have at most 50 conditions; this one has 51."], RuleValidator.Validate(rule)["rule"]);
        Assert.Equal(51, RuleValidator.CountConditions(rule));
    }
}
