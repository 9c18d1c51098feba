using Lodestar.Domain.Funnels;
using static Lodestar.Domain.Tests.Funnels.FunnelScenario;

namespace Lodestar.Domain.Tests.Funnels;

public sealed class FunnelCalculatorTests
{
    [Fact]
    public void Attempts_Ordered_CountsEachPersonAtTheFurthestStepInOrder()
    {
        var result = new FunnelScenario()
            .Event(1, 0, S(1)).Event(1, 5, S(2)).Event(1, 9, S(3))
            .Event(2, 0, S(1)).Event(2, 5, S(2))
            .Event(3, 0, S(1))
            .Event(4, 0, S(2)).Event(4, 5, S(1))
            .Event(5, 0, S(3))
            .Run(Query(3));

        Assert.Equal([4, 2, 1], Counts(result));
        Assert.Equal(0.5, result.Steps[1].ConversionFromPrevious);
        Assert.Equal(0.25, result.Steps[2].ConversionFromFirst);
        Assert.Equal(2, result.Steps[1].DroppedOff);
    }

    [Fact]
    public void Attempts_OrderedWithOtherEventsBetween_Converts_StrictDoesNot()
    {
        var scenario = new FunnelScenario()
            .Event(1, 0, S(1)).Event(1, 1, 0).Event(1, 2, S(2))
            .Event(2, 0, S(1)).Event(2, 2, S(2)).Event(2, 3, 0);

        Assert.Equal([2, 2], Counts(scenario.Run(Query(2))));
        Assert.Equal([2, 1], Counts(scenario.Run(Query(2) with { Order = FunnelOrder.Strict })));
    }

    [Fact]
    public void Attempts_FirstEntryTooEarlyForTheWindow_ALaterEntryConverts()
    {
        // Entering on day 0 leaves step 3 (day 20) outside a 14-day window; entering again on day 10 does not.
        var result = new FunnelScenario()
            .Event(1, Days(0), S(1)).Event(1, Days(10), S(1)).Event(1, Days(12), S(2)).Event(1, Days(20), S(3))
            .Run(Query(3));

        Assert.Equal([1, 1, 1], Counts(result));
        Assert.Equal(Days(2) * 60, result.Steps[1].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Attempts_StepAfterTheWindow_DoesNotCount()
    {
        var result = new FunnelScenario().Event(1, 0, S(1)).Event(1, Days(14) + 1, S(2)).Run(Query(2));

        Assert.Equal([1, 0], Counts(result));
    }

    [Fact]
    public void Attempts_StepOneOutsideTheDateRange_IsNoEntry_LaterStepsMayRunPastTheEnd()
    {
        var query = Query(2);
        var result = new FunnelScenario()
            .Event(1, -1, S(1)).Event(1, 5, S(2))
            .Event(2, Days(27) + 60, S(1)).Event(2, Days(30), S(2))
            .Event(3, Days(28) + 1, S(1))
            .Run(query);

        Assert.Equal([1, 1], Counts(result));
    }

    [Fact]
    public void Attempts_PerStepWindow_UsesTheLaterPreviousStepThatFitsIt()
    {
        var query = Query(3) with { Steps = [new FunnelStep("a", []), new FunnelStep("b", []), new FunnelStep("c", [], Window: TimeSpan.FromHours(5))] };
        var result = new FunnelScenario()
            .Event(1, 0, S(1)).Event(1, 60, S(2)).Event(1, 600, S(2)).Event(1, 720, S(3))
            .Run(query);

        Assert.Equal([1, 1, 1], Counts(result));
        Assert.Equal(600 * 60, result.Steps[1].MedianSecondsFromPrevious);
        Assert.Equal(120 * 60, result.Steps[2].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Attempts_SameTimestamp_OrdersByEventId()
    {
        var result = new FunnelScenario()
            .Event(1, 0, S(1), id: 10).Event(1, 0, S(2), id: 11)
            .Event(2, 0, S(1), id: 21).Event(2, 0, S(2), id: 20)
            .Run(Query(2));

        Assert.Equal([2, 1], Counts(result));
    }

    [Fact]
    public void Attempts_OneEventMatchingTwoSteps_IsUsedForOneOfThem()
    {
        var result = new FunnelScenario().Event(1, 0, S(1, 2)).Event(2, 0, S(1, 2)).Event(2, 1, S(1, 2)).Run(Query(2));

        Assert.Equal([2, 1], Counts(result));
    }

    [Fact]
    public void Attempts_OptionalStep_SkippersCountForLaterSteps()
    {
        var query = Query(3) with { Steps = [new FunnelStep("a", []), new FunnelStep("b", [], Optional: true), new FunnelStep("c", [])] };
        var result = new FunnelScenario()
            .Event(1, 0, S(1)).Event(1, 1, S(2)).Event(1, 2, S(3))
            .Event(2, 0, S(1)).Event(2, 2, S(3))
            .Event(3, 0, S(1)).Event(3, 2, S(3)).Event(3, 3, S(2))
            .Run(query);

        Assert.Equal([3, 1, 3], Counts(result));
        Assert.Equal(1.0, result.Steps[2].ConversionFromPrevious);
        Assert.Equal(2, result.Steps[1].DroppedOff);
        Assert.Equal(60, result.Steps[1].MedianSecondsFromPrevious);
        Assert.Equal(120, result.Steps[2].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Attempts_ExclusionBetweenSteps_LeavesThePersonOut()
    {
        var query = Query(2) with { Exclusions = [new FunnelExclusion("Cancel", [], 1, 2)] };
        var result = new FunnelScenario()
            .Event(1, 0, S(1)).Event(1, 1, 0, exclusions: 1).Event(1, 2, S(2))
            .Event(2, 0, S(1)).Event(2, 2, S(2)).Event(2, 3, 0, exclusions: 1)
            .Event(3, 0, S(1)).Event(3, 5, 0, exclusions: 1)
            .Event(4, 0, S(1)).Event(4, Days(15), 0, exclusions: 1)
            .Run(query);

        Assert.Equal([2, 1], Counts(result));
    }

    [Fact]
    public void Attempts_HoldConstant_StepsMustShareTheValue()
    {
        var query = Query(2) with { HoldConstant = ["properties.order_id"] };
        var result = new FunnelScenario()
            .Event(1, 0, S(1), hold: "a").Event(1, 1, S(2), hold: "b")
            .Event(2, 0, S(1), hold: "a").Event(2, 1, S(1), hold: "b").Event(2, 2, S(2), hold: "b")
            .Event(3, 0, S(1)).Event(3, 1, S(2))
            .Run(query);

        Assert.Equal([2, 1], Counts(result));
    }

    [Fact]
    public void Attempts_Unordered_CountsHowManyStepsPeopleDidInAnyOrder()
    {
        var query = Query(3) with { Order = FunnelOrder.Unordered };
        var result = new FunnelScenario()
            .Event(1, 0, S(3)).Event(1, 1, S(1)).Event(1, 2, S(2))
            .Event(2, 0, S(2))
            .Event(3, 0, S(2)).Event(3, Days(15), S(1))
            .Run(query);

        Assert.Equal([3, 1, 1], Counts(result));
        Assert.Equal("2 of 3 steps", result.Steps[1].Name);
    }

    [Fact]
    public void Attempts_UnorderedEventFittingTwoSteps_GoesToTheStepThatNeedsIt()
    {
        // Event 1 fits both steps, event 2 only step 1: a greedy first-fit would give event 1 to step 1 and stop at one.
        var query = Query(2) with { Order = FunnelOrder.Unordered };
        var result = new FunnelScenario().Event(1, 0, S(1, 2)).Event(1, 1, S(1)).Run(query);

        Assert.Equal([1, 1], Counts(result));
    }

    [Fact]
    public void Attempts_CountingConversions_EachUnusedEntryIsAnAttempt()
    {
        var query = Query(2) with { CountBy = FunnelCounting.Conversions };
        var result = new FunnelScenario()
            .Event(1, 0, S(1)).Event(1, 1, S(1)).Event(1, 2, S(2)).Event(1, 3, S(1)).Event(1, 4, S(2))
            .Event(2, 0, S(1))
            .Run(query);

        Assert.Equal([4, 2], Counts(result));
    }

    internal static double Days(double days) => days * 24 * 60;
}
