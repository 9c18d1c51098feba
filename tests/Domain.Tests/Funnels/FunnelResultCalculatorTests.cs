using Lodestar.Domain.Funnels;
using Lodestar.Domain.Funnels.Engine;
using static Lodestar.Domain.Tests.Funnels.FunnelScenario;

namespace Lodestar.Domain.Tests.Funnels;

public sealed class FunnelResultCalculatorTests
{
    private static FunnelScenario TwoChannels() => new FunnelScenario()
        .Event(1, 0, S(1), breakdown: "google").Event(1, 1, S(2), breakdown: "facebook")
        .Event(2, 0, S(1), breakdown: "google")
        .Event(3, 0, S(1), breakdown: "facebook").Event(3, 1, S(2), breakdown: "google")
        .Event(4, 0, S(1));

    [Fact]
    public void Result_BreakdownFirstTouch_GroupsByTheEntryEventsValue()
    {
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source") };

        var groups = TwoChannels().Run(query).Breakdown;

        Assert.Equal(["google", "facebook", FunnelBreakdownGroup.NoneLabel], groups.Select(g => g.Value));
        Assert.Equal([2, 1], groups[0].Steps.Select(s => s.Count));
        Assert.Equal([1, 1], groups[1].Steps.Select(s => s.Count));
        Assert.True(groups[2].IsNone);
    }

    [Fact]
    public void Result_BreakdownFirstTouchWithRepeatedEntries_UsesTheEarliestEntryThatGetsAsFar()
    {
        // A campaign landing, then visits without campaign data, then the purchase: the landing started the journey.
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source") };
        var result = new FunnelScenario()
            .Event(1, 0, S(1), breakdown: "google").Event(1, 5, S(1)).Event(1, 8, S(1)).Event(1, 10, S(2))
            .Run(query);

        var group = Assert.Single(result.Breakdown);
        Assert.Equal(("google", 1L), (group.Value, group.Steps[1].Count));
        Assert.Equal(600, result.Steps[1].MedianSecondsFromPrevious);
    }

    [Fact]
    public void Result_BreakdownLastTouch_GroupsByTheFurthestStepsValue()
    {
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source", FunnelAttribution.LastTouch) };

        var groups = TwoChannels().Run(query).Breakdown.ToDictionary(g => g.Value, g => g.Steps.Select(s => s.Count).ToArray());

        Assert.Equal([2, 1], groups["google"]);
        Assert.Equal([1, 1], groups["facebook"]);
    }

    [Fact]
    public void Result_BreakdownByStepNotReached_CountsThePersonUnderNone()
    {
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source", FunnelAttribution.Step, Step: 2) };

        var groups = TwoChannels().Run(query).Breakdown.ToDictionary(g => g.Value, g => g.Steps.Select(s => s.Count).ToArray());

        Assert.Equal([1, 1], groups["facebook"]);
        Assert.Equal([1, 1], groups["google"]);
        Assert.Equal([2, 0], groups[FunnelBreakdownGroup.NoneLabel]);
    }

    [Fact]
    public void Result_MoreValuesThanTheLimit_GroupsTheRestAsOther()
    {
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source", Limit: 1) };

        var groups = TwoChannels().Run(query).Breakdown;

        Assert.Equal(["google", FunnelBreakdownGroup.OtherLabel, FunnelBreakdownGroup.NoneLabel], groups.Select(g => g.Value));
        Assert.True(groups[1].IsOther);
    }

    [Fact]
    public void Result_BreakdownByTrait_UsesEachPersonsValue()
    {
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Profile, "country") };

        var groups = TwoChannels().Run(query, new Dictionary<long, string> { [1] = "NZ", [2] = "NZ", [3] = "AU" }).Breakdown;

        Assert.Equal(["NZ", "AU", FunnelBreakdownGroup.NoneLabel], groups.Select(g => g.Value));
        Assert.Equal([2, 1], groups[0].Steps.Select(s => s.Count));
    }

    [Fact]
    public void Result_WeeklyTrend_PutsEachPersonInTheWeekTheyEntered()
    {
        // Start is Monday 5 January 2026; the range runs four weeks.
        var query = Query(2) with { Trend = FunnelInterval.Week };
        var trend = new FunnelScenario()
            .Event(1, 0, S(1)).Event(1, 5, S(2))
            .Event(2, Days(6), S(1))
            .Event(3, Days(7), S(1)).Event(3, Days(8), S(2))
            .Run(query).Trend;

        Assert.Equal(4, trend.Count);
        Assert.Equal(new DateOnly(2026, 1, 5), trend[0].PeriodStart);
        Assert.Equal((2L, 1L, 0.5), (trend[0].Entered, trend[0].Converted, trend[0].ConversionRate));
        Assert.Equal((1L, 1L), (trend[1].Entered, trend[1].Converted));
        Assert.Equal(0, trend[3].Entered);
    }

    [Fact]
    public void Result_Value_SumsTheLastStepsNumbersOverConversions()
    {
        var query = Query(2) with { ValueProperty = "properties.revenue" };
        var value = new FunnelScenario()
            .Event(1, 0, S(1), value: 999).Event(1, 1, S(2), value: 100)
            .Event(2, 0, S(1)).Event(2, 1, S(2), value: 50)
            .Event(3, 0, S(1)).Event(3, 1, S(2))
            .Run(query).Value!;

        Assert.Equal((2L, 150.0, 75.0), (value.Conversions, value.Sum, value.Average));
    }

    [Fact]
    public void Select_DroppedOffAtStepTwo_ListsWhoReachedStepOneOnly()
    {
        var (plan, events, attempts) = TwoChannels().Attempts(Query(2));

        var dropped = FunnelPeopleSelector.Select(plan, events, attempts, null, 1, FunnelOutcome.DroppedOff, null);
        var converted = FunnelPeopleSelector.Select(plan, events, attempts, null, 1, FunnelOutcome.Converted, null);

        Assert.Equal([2L, 4L], dropped.Select(p => p.ProfileId));
        Assert.Equal([1L, 3L], converted.Select(p => p.ProfileId));
        Assert.Equal(Start.AddMinutes(1), converted[0].ReachedAt);
    }

    [Fact]
    public void Select_BreakdownGroup_ListsOnlyThatGroup()
    {
        var query = Query(2) with { Breakdown = new FunnelBreakdown(FunnelBreakdownSource.Event, "context.campaign.source") };
        var (plan, events, attempts) = TwoChannels().Attempts(query);

        var google = FunnelPeopleSelector.Select(plan, events, attempts, null, 0, FunnelOutcome.Converted, "google");
        var none = FunnelPeopleSelector.Select(plan, events, attempts, null, 0, FunnelOutcome.Converted, FunnelBreakdownGroup.NoneLabel);

        Assert.Equal([1L, 2L], google.Select(p => p.ProfileId));
        Assert.Equal([4L], none.Select(p => p.ProfileId));
    }

    private static double Days(double days) => FunnelCalculatorTests.Days(days);
}
