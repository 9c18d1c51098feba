using Bunit;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Tests.Features.Funnels;

public sealed class FunnelBuilderTests : FunnelsTestBase
{
    [Fact]
    public void Run_TwoEventsChosen_SendsThemWithTheDefaults()
    {
        var cut = RenderPage();
        Assert.Contains("Add at least two steps and press Run.", cut.Find("[data-testid='funnel-empty']").TextContent, StringComparison.Ordinal);

        Choose(cut, "step-event", "Signed Up", 0);
        Choose(cut, "step-event", "Order Completed", 1);
        Run(cut);

        var query = LastQuery(cut);
        Assert.Equal(["Signed Up", "Order Completed"], query.Steps.Select(s => s.Event));
        Assert.Equal((Today.AddDays(-29), Today), (query.From, query.To));
        Assert.Equal((14, FunnelWindowUnit.Day), (query.ConversionWindow.Value, query.ConversionWindow.Unit));
        Assert.Equal((FunnelOrder.Ordered, FunnelCounting.People), (query.Order, query.CountBy));
        Assert.Null(query.Breakdown);
        Assert.All(query.Steps, s => Assert.Empty(s.Filters));
    }

    [Fact]
    public void Run_AddedStepWithFilterOwnWindowAndOptional_SendsThemOnTheirSteps()
    {
        var cut = RenderPage();
        cut.Find("[data-testid='step-add']").Click();
        Choose(cut, "step-event", "Pricing Viewed", 0);
        Choose(cut, "step-event", "Signed Up", 1);
        Choose(cut, "step-event", "Order Completed", 2);

        var second = "[data-testid='step'][data-index='1']";
        cut.Find($"{second} input[data-testid='step-optional']").Change(true);
        cut.Find($"{second} input[data-testid='step-own-window']").Change(true);
        cut.WaitForElement($"{second} input[data-testid='step-window-value']", Patience).Input("2");
        Pick(cut, "step-window-unit", "hours", second);
        var third = "[data-testid='step'][data-index='2']";
        cut.Find($"{third} [data-testid='filter-add']").Click();
        Choose(cut, "filter-property", "properties.revenue");
        Pick(cut, "test-operator", "greater than", third);
        cut.Find($"{third} input[data-testid='test-value']").Input("100");
        Run(cut);

        var query = LastQuery(cut);
        Assert.Equal(["Pricing Viewed", "Signed Up", "Order Completed"], query.Steps.Select(s => s.Event));
        Assert.True(query.Steps[1].Optional);
        Assert.Equal((2, FunnelWindowUnit.Hour), (query.Steps[1].Window!.Value, query.Steps[1].Window!.Unit));
        var filter = Assert.Single(query.Steps[2].Filters);
        Assert.Equal(("properties.revenue", RuleValueType.Number, RuleOperator.GreaterThan, "100"),
            (filter.Property, filter.Test.Type, filter.Test.Operator, filter.Test.Value));
        Assert.Empty(query.Steps[0].Filters);
    }

    [Fact]
    public void Run_WindowOrderAndCounting_AreSent()
    {
        var cut = RenderPage(Funnel("Signed Up", "Order Completed"));
        LastQuery(cut);

        cut.Find("input[data-testid='conversion-window-value']").Input("30");
        Pick(cut, "conversion-window-unit", "minutes");
        Pick(cut, "funnel-order", "in this order, nothing in between");
        Pick(cut, "funnel-count-by", "every conversion");
        Pick(cut, "funnel-trend", "by week");
        Run(cut);

        cut.WaitForAssertion(() => Assert.Equal(2, _funnels.Queries.Count), Patience);
        var query = _funnels.Queries[^1];
        Assert.Equal((30, FunnelWindowUnit.Minute), (query.ConversionWindow.Value, query.ConversionWindow.Unit));
        Assert.Equal((FunnelOrder.Strict, FunnelCounting.Conversions, FunnelInterval.Week), (query.Order, query.CountBy, query.Trend));
    }

    [Fact]
    public void Run_ExclusionHoldConstantBreakdownAndValue_AreSent()
    {
        var cut = RenderPage(Funnel("Pricing Viewed", "Signed Up", "Order Completed"));
        LastQuery(cut);

        cut.Find("[data-testid='exclusion-add']").Click();
        Choose(cut, "exclusion-event", "Signed Up");
        Pick(cut, "exclusion-to", "3");
        cut.Find("[data-testid='hold-constant-add']").Click();
        Type(cut.WaitForElement("input[data-testid='hold-constant-property']", Patience), "properties.plan");
        cut.Find("input[data-testid='breakdown-on']").Change(true);
        Type(cut.WaitForElement("input[data-testid='breakdown-property']", Patience), "context.campaign.source");
        Pick(cut, "breakdown-attribution", "one step's value");
        Pick(cut, "breakdown-step", "2");
        cut.Find("input[data-testid='value-on']").Change(true);
        Choose(cut, "value-property", "properties.revenue");
        Run(cut);

        cut.WaitForAssertion(() => Assert.Equal(2, _funnels.Queries.Count), Patience);
        var query = _funnels.Queries[^1];
        var exclusion = Assert.Single(query.Exclusions);
        Assert.Equal(("Signed Up", 1, 3), (exclusion.Event, exclusion.FromStep, exclusion.ToStep));
        Assert.Equal(["properties.plan"], query.HoldConstant);
        Assert.Equal((FunnelBreakdownSource.Event, "context.campaign.source", FunnelAttribution.Step, 2),
            (query.Breakdown!.Source, query.Breakdown.Property, query.Breakdown.Attribution, query.Breakdown.Step));
        Assert.Equal("properties.revenue", query.Value!.Property);
    }

    [Fact]
    public void MoveAndRemove_Steps_KeepTheFirstAndLastRequired()
    {
        var query = Funnel("A", "B", "C");
        query.Steps[1].Optional = true;
        var cut = RenderPage(query);
        LastQuery(cut);

        cut.Find("[data-testid='step'][data-index='1'] [data-testid='step-down']").Click();
        cut.Find("[data-testid='step'][data-index='0'] [data-testid='step-remove']").Click();
        Run(cut);

        cut.WaitForAssertion(() => Assert.Equal(2, _funnels.Queries.Count), Patience);
        // B moved last, where a step cannot be optional.
        Assert.Equal([("C", false), ("B", false)], _funnels.Queries[^1].Steps.Select(s => (s.Event, s.Optional)));
        Assert.True(cut.Find("[data-testid='step'][data-index='0'] [data-testid='step-remove']").HasAttribute("disabled"));
    }
}
