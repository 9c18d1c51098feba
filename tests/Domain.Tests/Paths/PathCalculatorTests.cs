using Lodestar.Domain.Paths;
using static Lodestar.Domain.Tests.Paths.PathScenario;

namespace Lodestar.Domain.Tests.Paths;

public sealed class PathCalculatorTests
{
    [Fact]
    public void Calculate_After_CountsEachStepsTransitionsUpToTheDepth()
    {
        var result = new PathScenario()
            .Person(1, "Home", "Product", "Cart", "Checkout")
            .Person(2, "Home", "Product", "Home")
            .Person(3, "Home", "Search")
            .Person(4, "Product", "Cart")
            .Run(Query(depth: 2));

        Assert.Equal(3, result.People);
        Assert.Equal(["0:Home 3", "1:Product 2", "1:Search 1", "2:Cart 1", "2:Home 1"], Nodes(result));
        Assert.Equal(["0:Home → 1:Product = 2", "0:Home → 1:Search = 1", "1:Product → 2:Cart = 1", "1:Product → 2:Home = 1"], Links(result));
    }

    [Fact]
    public void Calculate_Before_WalksBackFromTheEventAndLinksForwardInTime()
    {
        var result = new PathScenario()
            .Person(1, "Ad", "Landing", "Home", "Product")
            .Person(2, "Landing", "Home")
            .Person(3, "Home")
            .Run(Query(PathDirection.Before, depth: 2));

        Assert.Equal(["0:Home 3", "-1:Landing 2", "-2:Ad 1"], Nodes(result));
        Assert.Equal(["-1:Landing → 0:Home = 2", "-2:Ad → -1:Landing = 1"], Links(result));
    }

    [Fact]
    public void Calculate_EventSeveralTimes_StartsAtItsFirstOccurrence()
    {
        var result = new PathScenario()
            .Person(1, "Search", "Home", "Product", "Home", "Cart")
            .Run(Query(depth: 1));

        Assert.Equal(["0:Home → 1:Product = 1"], Links(result));
        Assert.Equal(["-1:Search → 0:Home = 1"], Links(new PathScenario().Person(1, "Search", "Home", "Product", "Home", "Cart").Run(Query(PathDirection.Before, depth: 1))));
    }

    [Fact]
    public void Calculate_MoreEventsThanTopN_GroupsTheRestAsOtherPerStep()
    {
        var scenario = new PathScenario();
        string[] next = ["A", "A", "A", "B", "B", "C", "D"];
        for (var p = 0; p < next.Length; p++)
            scenario.Person(p + 1, "Home", next[p], p < 2 ? "X" : "Y");

        var result = scenario.Run(Query(depth: 2, topN: 2));

        Assert.Equal(["0:Home 7", "1:A 3", "1:B 2", "1:Other 2", "2:Y 5", "2:X 2"], Nodes(result));
        Assert.Equal(
            ["0:Home → 1:A = 3", "0:Home → 1:B = 2", "0:Home → 1:Other = 2", "1:A → 2:X = 2", "1:B → 2:Y = 2", "1:Other → 2:Y = 2", "1:A → 2:Y = 1"],
            Links(result));
        Assert.True(result.Nodes[3].IsOther);
    }

    [Fact]
    public void Calculate_TiesOnTheTopN_KeepTheEventFirstByName()
    {
        var result = new PathScenario().Person(1, "Home", "Zoo").Person(2, "Home", "Apple").Run(Query(depth: 1, topN: 1));

        Assert.Equal(["0:Home 2", "1:Apple 1", "1:Other 1"], Nodes(result));
    }

    [Fact]
    public void Calculate_SameTimestamp_OrdersByEventId()
    {
        var result = new PathScenario()
            .Event(1, 0, "Home", id: 10).Event(1, 5, "Cart", id: 12).Event(1, 5, "Product", id: 11)
            .Run(Query(depth: 2));

        Assert.Equal(["0:Home → 1:Product = 1", "1:Product → 2:Cart = 1"], Links(result));
    }

    [Fact]
    public void Calculate_ConsecutiveRepeats_CollapseUnlessAskedNotTo()
    {
        var scenario = new PathScenario().Person(1, "Home", "Home", "Product", "Product", "Cart");

        Assert.Equal(["0:Home → 1:Product = 1", "1:Product → 2:Cart = 1"], Links(scenario.Run(Query(depth: 2))));
        Assert.Equal(["0:Home → 1:Home = 1", "1:Home → 2:Product = 1"], Links(scenario.Run(Query(depth: 2, collapse: false))));
    }

    [Fact]
    public void Calculate_NobodyDidTheEvent_IsEmpty()
    {
        var result = new PathScenario().Person(1, "Product", "Cart").Run(Query());

        Assert.Equal((0L, 0, 0), (result.People, result.Nodes.Count, result.Links.Count));
    }

    [Fact]
    public void Calculate_EventsOfSeveralPeopleInterleaved_KeepsEachPersonsOwnOrder()
    {
        var result = new PathScenario()
            .Event(2, 0, "Home").Event(1, 1, "Home").Event(2, 2, "Cart").Event(1, 3, "Search").Event(2, 4, "Search")
            .Run(Query(depth: 1));

        Assert.Equal(["0:Home → 1:Cart = 1", "0:Home → 1:Search = 1"], Links(result));
    }
}
