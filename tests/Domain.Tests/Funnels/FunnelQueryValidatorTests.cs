using Lodestar.Domain.Funnels;
using Lodestar.Domain.Segments.Rules;
using static Lodestar.Domain.Tests.Funnels.FunnelScenario;

namespace Lodestar.Domain.Tests.Funnels;

public sealed class FunnelQueryValidatorTests
{
    [Fact]
    public void Validate_ValidQuery_HasNoErrors() => Assert.Empty(FunnelQueryValidator.Validate(Query(4)));

    [Fact]
    public void Validate_OneStep_NamesSteps() =>
        Assert.Contains("2 to 20 steps", FunnelQueryValidator.Validate(Query(1))["steps"].Single(), StringComparison.Ordinal);

    [Fact]
    public void Validate_StepWithoutEvent_NamesTheStep()
    {
        var query = Query(2) with { Steps = [new FunnelStep("a", []), new FunnelStep(" ", [])] };

        Assert.Equal("Step 2 needs an event.", FunnelQueryValidator.Validate(query)["steps[1].event"].Single());
    }

    [Fact]
    public void Validate_BadFilter_NamesTheFilterByItsPath()
    {
        var filter = new PropertyFilter("properties.revenue", new ValueTest(RuleValueType.Number, RuleOperator.GreaterThan, "lots"));
        var query = Query(2) with { Steps = [new FunnelStep("a", []), new FunnelStep("b", [filter])] };

        var errors = FunnelQueryValidator.Validate(query);

        Assert.Contains("steps[1].filters[0].test", errors.Keys);
    }

    [Fact]
    public void Validate_OptionalFirstOrLastStep_IsRefused()
    {
        var query = Query(3) with { Steps = [new FunnelStep("a", [], Optional: true), new FunnelStep("b", []), new FunnelStep("c", [], Optional: true)] };

        var errors = FunnelQueryValidator.Validate(query);

        Assert.Contains("steps[0].optional", errors.Keys);
        Assert.Contains("steps[2].optional", errors.Keys);
    }

    [Fact]
    public void Validate_DatesReversedOrMissing_NamesTheRange()
    {
        Assert.Contains("to", FunnelQueryValidator.Validate(Query(2) with { To = Query(2).From.AddDays(-1) }).Keys);
        Assert.Contains("from", FunnelQueryValidator.Validate(Query(2) with { From = default }).Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public void Validate_WindowOutOfRange_NamesTheWindow(int days) =>
        Assert.Contains("conversionWindow", FunnelQueryValidator.Validate(Query(2) with { Window = TimeSpan.FromDays(days) }).Keys);

    [Fact]
    public void Validate_ExclusionNotBetweenTwoSteps_IsRefused()
    {
        var query = Query(3) with { Exclusions = [new FunnelExclusion("x", [], 2, 2), new FunnelExclusion("y", [], 1, 4)] };

        var errors = FunnelQueryValidator.Validate(query);

        Assert.Contains("exclusions[0].toStep", errors.Keys);
        Assert.Contains("exclusions[1].toStep", errors.Keys);
    }

    [Fact]
    public void Validate_UnorderedWithConversionsOrExclusions_SaysToChooseAnOrder()
    {
        var query = Query(2) with { Order = FunnelOrder.Unordered, CountBy = FunnelCounting.Conversions, Exclusions = [new FunnelExclusion("x", [], 1, 2)] };

        var errors = FunnelQueryValidator.Validate(query);

        Assert.Contains("countBy", errors.Keys);
        Assert.Contains("exclusions", errors.Keys);
    }

    [Fact]
    public void Validate_BreakdownByStepWithoutAStep_AsksForOne()
    {
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source", FunnelAttribution.Step) };

        Assert.Contains("breakdown.step", FunnelQueryValidator.Validate(query).Keys);
    }

    [Fact]
    public void Validate_TooManyHeldProperties_IsRefused()
    {
        var query = Query(2) with { HoldConstant = ["properties.a", "properties.b", "properties.c", "properties.d"] };

        Assert.Contains("holdConstant", FunnelQueryValidator.Validate(query).Keys);
    }

    [Fact]
    public void Check_InvalidQuery_ThrowsWithEveryError()
    {
        var error = Assert.Throws<DomainValidationException>(() => FunnelQueryValidator.Check(Query(1) with { Window = TimeSpan.Zero }));

        Assert.Equal(2, error.Errors.Count);
    }
}
