using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Features.Segments.Rules;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Segments;

public sealed class RuleSummaryTests
{
    private static RuleGroupDto Rule(GroupMatch match, params RuleNodeDto[] children) => new() { Match = match, Children = [.. children] };

    private static ValueTestDto Test(RuleOperator op, string? value = null, RuleValueType type = RuleValueType.String) =>
        new() { Type = type, Operator = op, Value = value };

    [Fact]
    public void Of_EventWithFiltersAndTrait_ReadsAsOneSentence()
    {
        var rule = Rule(GroupMatch.All,
            new EventConditionDto
            {
                Event = "Order Completed", Count = 2, Window = new() { LastDays = 90 },
                Where = [new() { Property = "properties.revenue", Test = Test(RuleOperator.GreaterThan, "100", RuleValueType.Number) }],
            },
            new TraitConditionDto { Trait = "plan", Test = Test(RuleOperator.Equals, "pro") });

        Assert.Equal("People who performed Order Completed at least 2 times in the last 90 days where revenue is greater than 100, and whose plan is pro",
            RuleSummary.Of(rule));
    }

    [Fact]
    public void Of_NoConditions_SaysEveryone()
    {
        Assert.Equal("Everyone: there are no conditions yet.", RuleSummary.Of(new RuleGroupDto()));
    }

    [Fact]
    public void Of_AnyWithNestedGroups_BracketsTheGroups()
    {
        var rule = Rule(GroupMatch.Any,
            new EventConditionDto { Event = "Signed Up", Window = new() { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 1, 31) } },
            Rule(GroupMatch.All,
                new TraitConditionDto { Trait = "age", Test = new() { Type = RuleValueType.Number, Operator = RuleOperator.Between, Value = "18", Value2 = "30" } },
                new TraitConditionDto { Trait = "vip", Test = Test(RuleOperator.Exists, type: RuleValueType.Boolean) }),
            Rule(GroupMatch.None, new EventConditionDto { Event = "Order Completed", Performed = false }));

        Assert.Equal("People who performed Signed Up between 2026-01-01 and 2026-01-31, or (whose age is between 18 and 30, and whose vip is set), "
                     + "or not (who did not perform Order Completed)", RuleSummary.Of(rule));
    }

    [Fact]
    public void Of_NoneAtTheTop_SaysEveryoneExcept()
    {
        var rule = Rule(GroupMatch.None,
            new TraitConditionDto { Trait = "plan", Test = new() { Operator = RuleOperator.InList, Values = ["pro", "team"] } },
            new EventConditionDto { Event = "Pricing Viewed", Frequency = Frequency.AtMost, Count = 1 });

        Assert.Equal("Everyone except people whose plan is one of pro, team, or who performed Pricing Viewed at most once", RuleSummary.Of(rule));
    }

    [Fact]
    public void Of_ComputedValues_NameTheAggregationAndEvent()
    {
        var rule = Rule(GroupMatch.All,
            new ComputedConditionDto { Event = "Order Completed", Property = "properties.revenue", Test = Test(RuleOperator.GreaterThan, "500", RuleValueType.Number) },
            new ComputedConditionDto { Event = "Order Completed", Aggregation = Aggregation.Count, Test = Test(RuleOperator.LessThan, "3", RuleValueType.Number), Window = new() { LastDays = 1 } },
            new ComputedConditionDto { Event = "Page Viewed", Aggregation = Aggregation.MostFrequent, Property = "context.campaign.source", Test = Test(RuleOperator.Equals, "google") });

        Assert.Equal("People whose total revenue in Order Completed events is greater than 500, and whose number of Order Completed events in the last day "
                     + "is less than 3, and whose most frequent context.campaign.source in Page Viewed events is google", RuleSummary.Of(rule));
    }

    [Fact]
    public void Of_CrmAndMembershipWithSchema_UsesTheNames()
    {
        var rule = Rule(GroupMatch.All,
            new CrmConditionDto { Field = CrmField.DealStage, StageId = 3 },
            new CrmConditionDto { Field = CrmField.OpenTickets, Test = Test(RuleOperator.GreaterThan, "0", RuleValueType.Number) },
            new CrmConditionDto { Field = CrmField.AccountField, AccountField = "industry", Test = Test(RuleOperator.Equals, "Retail") },
            new CrmConditionDto { Field = CrmField.Owner, Test = Test(RuleOperator.Equals, "u-sam") },
            new MembershipConditionDto { SegmentId = 6, Member = false });

        Assert.Equal("People who have a deal in Proposal, and whose number of open tickets is greater than 0, and whose account industry is Retail, "
                     + "and whose CRM owner is Sam Admin, and who are not in Big spenders", RuleSummary.Of(rule, FakeSegmentsApi.DefaultSchema));
    }

    [Fact]
    public void Of_ConsentGrantedNotGrantedAndUnfinished_InWords()
    {
        var rule = Rule(GroupMatch.Any,
            new ConsentConditionDto { Category = "marketing" },
            new ConsentConditionDto { Category = "analytics", Granted = false },
            new ConsentConditionDto());

        Assert.Equal("People who have granted marketing consent, or who have not granted analytics consent, or who have granted … consent", RuleSummary.Of(rule));
    }

    [Fact]
    public void Of_UnfinishedConditionsWithoutSchema_ShowGapsAndIds()
    {
        var rule = Rule(GroupMatch.All,
            new TraitConditionDto(),
            new MembershipConditionDto { SegmentId = 6 },
            new TraitConditionDto { Trait = "signed_up_at", Test = new() { Type = RuleValueType.Date, Operator = RuleOperator.WithinLastDays, Days = 30 } });

        Assert.Equal("People whose … is …, and who are in segment 6, and whose signed_up_at is within the last 30 days", RuleSummary.Of(rule));
    }
}
