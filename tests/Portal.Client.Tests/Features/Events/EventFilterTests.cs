using Lodestar.Portal.Client.Features.Events;

namespace Lodestar.Portal.Client.Tests.Features.Events;

public sealed class EventFilterTests
{
    [Fact]
    public void ToQueryString_AllDebuggerFields_InOrderAndEscaped()
    {
        var filter = new EventFilter(100, "track", "Signed Up & Paid", User: "a+b@x.com", Before: 900, After: 12);

        Assert.Equal(
            "limit=100&type=track&event=Signed%20Up%20%26%20Paid&user=a%2Bb%40x.com&before=900&after=12",
            filter.ToQueryString());
    }

    [Fact]
    public void ToQueryString_Defaults_OnlyLimit()
    {
        Assert.Equal("limit=50", new EventFilter().ToQueryString());
    }

    [Fact]
    public void ToQueryString_BlankValues_LeftOut()
    {
        Assert.Equal("limit=10&after=0", new EventFilter(10, " ", "", UserId: null, User: "\t", After: 0).ToQueryString());
    }

    [Fact]
    public void ToQueryString_UserIdAndAnonymousId_Included()
    {
        Assert.Equal(
            "limit=5&userId=u%2F1&anonymousId=a%3D2",
            new EventFilter(5, UserId: "u/1", AnonymousId: "a=2").ToQueryString());
    }
}
