using Bunit;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.Features.Funnels;

public sealed class FunnelValidationTests : FunnelsTestBase
{
    [Fact]
    public void Run_StepsWithoutEvents_SaysWhatToChooseAndSendsNothing()
    {
        var cut = RenderPage();
        Assert.Empty(Problems(cut));

        Run(cut);

        Assert.Equal(["choose the event of this step.", "choose the event of this step."], Problems(cut));
        Assert.Contains("correct what is marked", cut.Find("[data-testid='funnel-error']").TextContent, StringComparison.Ordinal);
        Assert.Empty(_funnels.Queries);

        Choose(cut, "step-event", "Signed Up", 0);
        cut.WaitForAssertion(() => Assert.Equal(["choose the event of this step."], Problems(cut)), Patience);
    }

    [Fact]
    public void Run_ZeroWindow_SaysTheWindowMustBeMoreThanZero()
    {
        var cut = RenderPage(Funnel("Signed Up", "Order Completed"));
        LastQuery(cut);

        cut.Find("input[data-testid='conversion-window-value']").Input("0");
        Run(cut);

        Assert.Equal(["the conversion window must be more than 0."], Problems(cut));
        Assert.Single(_funnels.Queries);
    }

    [Fact]
    public void Run_AnyOrderWithConversionsOptionalStepAndExclusion_SaysEachNeedsAnOrder()
    {
        var query = Funnel("Landing", "Signed Up", "Order Completed");
        query.Steps[1].Optional = true;
        query.Exclusions.Add(new FunnelExclusionDto { Event = "Cancel", FromStep = 1, ToStep = 2 });
        query.CountBy = FunnelCounting.Conversions;
        var cut = RenderPage(query);
        LastQuery(cut);

        Pick(cut, "funnel-order", "in any order");
        Run(cut);

        Assert.Equal(
            ["counting every conversion needs an order: choose in this order, or count unique people.",
             "exclusions are between two steps, so they need an order: choose in this order.",
             "optional steps need an order: choose in this order."],
            Problems(cut).Order());
        Assert.Single(_funnels.Queries);
    }

    [Fact]
    public void Render_LinkWithOneStepAndDatesReversed_SaysBothAndDoesNotRun()
    {
        var query = Funnel("Signed Up");
        (query.From, query.To) = (new DateOnly(2026, 4, 30), new DateOnly(2026, 4, 1));

        var cut = RenderPage(query);

        cut.WaitForAssertion(() => Assert.Equal(
            ["Add at least two steps: a funnel measures how many people go from one to the next.", "the start date must not be after the end date."],
            Problems(cut).Order()), Patience);
        Assert.Empty(_funnels.Queries);
    }

    [Fact]
    public void Run_ServerRefusesAStep_ShowsItsMessageUnderTheStepAndTheRestAbove()
    {
        _funnels.Answer = (_, _) => throw new ApiException(400, "The funnel is not valid.", new Dictionary<string, string[]>
        {
            ["steps[1].event"] = ["Step 2: there is no event \"Signed Upp\"."],
            ["order"] = ["The order must be ordered, strict or unordered."],
        });

        var cut = RenderPage(Funnel("Landing", "Signed Upp"));

        cut.WaitForAssertion(() => Assert.Equal(["Step 2: there is no event \"Signed Upp\"."], Problems(cut)), Patience);
        var error = cut.Find("[data-testid='funnel-error']").TextContent;
        Assert.Contains("The funnel was not run: correct what is marked.", error, StringComparison.Ordinal);
        Assert.Contains("The order must be ordered, strict or unordered.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("there is no event", error, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid='funnel-results']"));
    }

    [Fact]
    public void Run_ServerFailsWithoutFieldErrors_ShowsItsMessage()
    {
        _funnels.Answer = (_, _) => throw new ApiException(503, "The database is busy; try again in a minute.");

        var cut = RenderPage(Funnel("Landing", "Signed Up"));

        cut.WaitForAssertion(() => Assert.Equal("The database is busy; try again in a minute.", cut.Find("[data-testid='funnel-error']").TextContent.Trim()), Patience);
    }

    [Fact]
    public void Check_FilterWithoutValueAndBreakdownWithoutProperty_NamesTheirPaths()
    {
        var query = Funnel("Landing", "Order Completed");
        query.Steps[1].Filters.Add(new() { Property = "properties.revenue", Test = new() { Type = Lodestar.Portal.Client.Features.Segments.Rules.RuleValueType.Number } });
        query.Breakdown = new FunnelBreakdownDto { Attribution = FunnelAttribution.Step };
        query.Breakdown.Limit = 51;
        query.Exclusions.Add(new FunnelExclusionDto { Event = "Cancel", FromStep = 2, ToStep = 2 });
        query.ConversionWindow = new FunnelWindowDto { Value = 13, Unit = FunnelWindowUnit.Month };

        var problems = FunnelValidator.Check(query);

        Assert.Equal(["steps[1].filters[0].test", "conversionWindow", "exclusions[0].toStep", "breakdown.property", "breakdown.step", "breakdown.limit"],
            problems.Select(p => p.Key));
        Assert.Equal("properties.revenue: a value is required.", problems[0].Message);
    }
}
