using Lodestar.Portal.Client.Features.Events;

namespace Lodestar.Portal.Client.Tests.Features.Events;

public sealed class DebuggerFilterTests
{
    [Fact]
    public void ToQuery_Empty_NoFilters()
    {
        Assert.Equal(new EventFilter(50), new DebuggerFilter().ToQuery(50));
    }

    [Fact]
    public void ToQuery_Fields_TrimmedAndUserMatchesEitherId()
    {
        var query = new DebuggerFilter("page", "  Home ", " u-1 ").ToQuery(200, after: 7);

        Assert.Equal(new EventFilter(200, "page", "Home", UserId: null, AnonymousId: null, User: "u-1", After: 7), query);
    }

    [Fact]
    public void ToQuery_Whitespace_TreatedAsEmpty()
    {
        Assert.Equal(new EventFilter(50, Before: 3), new DebuggerFilter(" ", "\t", "  ").ToQuery(50, before: 3));
    }
}
