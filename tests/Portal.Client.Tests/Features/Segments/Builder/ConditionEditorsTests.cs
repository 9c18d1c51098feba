using Bunit;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Tests.Features.Segments.Builder;

public sealed class ConditionEditorsTests : BuilderTestBase
{
    [Fact]
    public void EventEditor_DidNotPerform_HidesHowOften()
    {
        var e = new EventConditionDto { Event = "Signed Up" };
        var cut = RenderBuilder(With(e));
        Assert.NotNull(cut.Find("[data-testid='event-count']"));

        Pick(cut, "event-performed", "did not perform");

        cut.WaitForAssertion(() => Assert.False(e.Performed), Patience);
        Assert.Empty(cut.FindAll("[data-testid='event-count']"));
        Assert.Equal("People who did not perform Signed Up", Summary(cut));
    }

    [Fact]
    public void EventEditor_AtLeastZeroTimes_SaysItMatchesEveryone()
    {
        var cut = RenderBuilder(With(new EventConditionDto { Event = "Signed Up" }));

        cut.Find("input[data-testid='event-count']").Input("0");

        cut.WaitForAssertion(() => Assert.Equal(["'at least 0 times' matches everyone; use at least 1, or 'did not perform'."], Problems(cut)), Patience);
    }

    [Fact]
    public void EventEditor_WindowLastDaysThenRange_SetsTheWindow()
    {
        var e = new EventConditionDto { Event = "Order Completed", Count = 2 };
        var cut = RenderBuilder(With(e));

        Pick(cut, "window-mode", "in the last N days");
        cut.WaitForElement("input[data-testid='window-days']", Patience).Input("90");
        cut.WaitForAssertion(() => Assert.Equal("People who performed Order Completed at least 2 times in the last 90 days", Summary(cut)), Patience);

        Pick(cut, "window-mode", "between two dates");
        cut.WaitForAssertion(() => Assert.Equal((null, new DateOnly(2026, 4, 4), new DateOnly(2026, 5, 4)), (e.Window?.LastDays, e.Window?.From, e.Window?.To)), Patience);
        cut.Find("input[data-testid='window-from']").Input("2026-06-01");

        cut.WaitForAssertion(() => Assert.Equal(["the start date must not be after the end date."], Problems(cut)), Patience);
    }

    [Fact]
    public void EventEditor_PropertyFilter_SuggestsTheEventsPropertiesWithTheirType()
    {
        var e = new EventConditionDto { Event = "Order Completed" };
        var cut = RenderBuilder(With(e));

        cut.Find("[data-testid='filter-add']").Click();
        cut.WaitForAssertion(() => Assert.Equal(["a property path is required (e.g. properties.revenue)."], Problems(cut)), Patience);
        cut.Find("input[data-testid='filter-property']").Input("rev");
        // The suggestion and its type, in two spans.
        cut.WaitForAssertion(() => Assert.Equal(["properties.revenuenumber"], OpenItems(cut)), Patience);
        cut.Find(".mud-popover-open .mud-list-item").Click();
        cut.WaitForAssertion(() => Assert.Equal(RuleValueType.Number, Assert.Single(e.Where!).Test.Type), Patience);
        Pick(cut, "test-operator", "greater than", "[data-testid='filter']");
        cut.Find("[data-testid='filter'] input[data-testid='test-value']").Input("100");

        cut.WaitForAssertion(() => Assert.Equal("People who performed Order Completed where revenue is greater than 100", Summary(cut)), Patience);
        Assert.Empty(Problems(cut));

        cut.Find("[data-testid='filter-remove']").Click();
        cut.WaitForAssertion(() => Assert.Null(e.Where), Patience);
    }

    [Fact]
    public void ComputedEditor_Aggregations_DecideThePropertyAndTheType()
    {
        var c = new ComputedConditionDto { Event = "Order Completed", Property = "properties.revenue", Test = new() { Type = RuleValueType.Number, Operator = RuleOperator.GreaterThan, Value = "500" } };
        var cut = RenderBuilder(With(c));
        Assert.Empty(cut.FindAll("[data-testid='test-type']"));
        Assert.Equal("People whose total revenue in Order Completed events is greater than 500", Summary(cut));

        Pick(cut, "computed-aggregation", "count");
        cut.WaitForAssertion(() => Assert.Null(c.Property), Patience);
        Assert.Empty(cut.FindAll("[data-testid='computed-property']"));

        Pick(cut, "computed-aggregation", "most frequent");
        cut.WaitForElement("[data-testid='test-type']", Patience);
        Pick(cut, "test-type", "text");
        cut.WaitForAssertion(() => Assert.Equal(RuleValueType.String, c.Test.Type), Patience);
        Assert.Equal(["a property path is required (e.g. properties.revenue)."], Problems(cut));
    }

    [Fact]
    public void CrmEditor_Fields_OfferStagesAccountFieldsAndOwners()
    {
        var crm = new CrmConditionDto();
        var cut = RenderBuilder(With(crm));
        Assert.Equal(["choose a deal stage."], Problems(cut));

        Pick(cut, "crm-stage", "Proposal");
        cut.WaitForAssertion(() => Assert.Equal(3L, crm.StageId), Patience);
        Assert.Equal("People who have a deal in Proposal", Summary(cut));

        Pick(cut, "crm-field", "account field");
        Pick(cut, "crm-account-field", "employees");
        cut.WaitForAssertion(() => Assert.Equal(RuleValueType.Number, crm.Test!.Type), Patience);
        Assert.Null(crm.StageId);

        Pick(cut, "crm-field", "contact owner");
        cut.Find("[data-testid='test-operator']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Equal(["equals", "not equals", "exists", "not exists"], OpenItems(cut)), Patience);
        cut.Find("[data-testid='test-operator']").Closest(".mud-select")!.MouseDown();
        Pick(cut, "test-value", "Sam Admin");
        cut.WaitForAssertion(() => Assert.Equal("u-sam", crm.Test!.Value), Patience);
        Assert.Equal("People whose CRM owner is Sam Admin", Summary(cut));
    }

    [Fact]
    public void MembershipEditor_Segments_LeaveOutTheSegmentBeingEdited()
    {
        var m = new MembershipConditionDto();
        var cut = RenderBuilder(With(m));

        cut.Find("[data-testid='membership-segment']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Equal(["Big spenders"], OpenItems(cut)), Patience);
        cut.Find(".mud-popover-open .mud-list-item").Click();
        Pick(cut, "membership-member", "not in");

        cut.WaitForAssertion(() => Assert.Equal((6L, false), (m.SegmentId, m.Member)), Patience);
        Assert.Equal("People who are not in Big spenders", Summary(cut));
    }

    [Fact]
    public void ConsentEditor_CategoryAndNotGranted_SetsTheConditionAndReadsInWords()
    {
        var c = new ConsentConditionDto();
        var cut = RenderBuilder(With(c));
        cut.WaitForAssertion(() => Assert.Equal(["choose a consent category."], Problems(cut)), Patience);

        cut.Find("[data-testid='consent-category']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Equal(["analytics", "marketing"], OpenItems(cut)), Patience);
        cut.FindAll(".mud-popover-open .mud-list-item")[1].Click();
        Pick(cut, "consent-granted", "not granted");

        cut.WaitForAssertion(() => Assert.Equal(("marketing", false), (c.Category, c.Granted)), Patience);
        Assert.Equal("People who have not granted marketing consent", Summary(cut));
        Assert.Empty(Problems(cut));
    }
}
