using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

public sealed class EventFilterEvaluatorTests
{
    private static EventFilter Filter(string? types = null, string? names = null, string? excluded = null)
    {
        var settings = new Dictionary<string, string>();
        if (types is not null)
            settings[EventFilterSettings.TypesKey] = types;
        if (names is not null)
            settings[EventFilterSettings.NamesKey] = names;
        if (excluded is not null)
            settings[EventFilterSettings.ExcludedNamesKey] = excluded;
        return EventFilterSettings.Read(new DestinationTarget(1, "Hook", DestinationType.EventWebhook, settings, new Dictionary<string, string>(), 100));
    }

    [Theory]
    [InlineData(MessageType.Track, "Order Completed")]
    [InlineData(MessageType.Identify, null)]
    [InlineData(MessageType.Page, null)]
    [InlineData(MessageType.Screen, "Home")]
    [InlineData(MessageType.Group, null)]
    [InlineData(MessageType.Alias, null)]
    public void Includes_NoSettings_EverythingPasses(MessageType type, string? name) =>
        Assert.True(EventFilterEvaluator.Includes(Filter(), type, name));

    [Theory]
    [InlineData(MessageType.Track, true)]
    [InlineData(MessageType.Identify, true)]
    [InlineData(MessageType.Page, false)]
    [InlineData(MessageType.Screen, false)]
    [InlineData(MessageType.Group, false)]
    [InlineData(MessageType.Alias, false)]
    public void Includes_TypeList_OnlyListedTypes(MessageType type, bool expected) =>
        Assert.Equal(expected, EventFilterEvaluator.Includes(Filter(types: " track , IDENTIFY,, "), type, "x"));

    [Theory]
    [InlineData(MessageType.Track, "Order Completed", true)]
    [InlineData(MessageType.Track, "order completed", true)]
    [InlineData(MessageType.Track, " Order Completed ", true)]
    [InlineData(MessageType.Track, "Signed Up", true)]
    [InlineData(MessageType.Track, "Product Viewed", false)]
    [InlineData(MessageType.Track, null, false)]
    [InlineData(MessageType.Page, "Pricing", true)]
    [InlineData(MessageType.Page, "Home", false)]
    [InlineData(MessageType.Page, null, false)]
    [InlineData(MessageType.Screen, "pricing", true)]
    [InlineData(MessageType.Identify, null, true)]
    [InlineData(MessageType.Group, null, true)]
    [InlineData(MessageType.Alias, null, true)]
    public void Includes_NameList_OnlyListedNamesOfNamedTypes(MessageType type, string? name, bool expected) =>
        Assert.Equal(expected, EventFilterEvaluator.Includes(Filter(names: "Order Completed, Signed Up,Pricing"), type, name));

    [Theory]
    [InlineData(MessageType.Track, "Heartbeat", false)]
    [InlineData(MessageType.Track, "HEARTBEAT", false)]
    [InlineData(MessageType.Track, "Order Completed", true)]
    [InlineData(MessageType.Track, null, true)]
    [InlineData(MessageType.Page, "Heartbeat", false)]
    [InlineData(MessageType.Identify, null, true)]
    public void Includes_ExcludedNames_LeftOut(MessageType type, string? name, bool expected) =>
        Assert.Equal(expected, EventFilterEvaluator.Includes(Filter(excluded: "Heartbeat"), type, name));

    [Theory]
    [InlineData(MessageType.Track, "Order Completed", true)]
    [InlineData(MessageType.Track, "Heartbeat", false)]
    [InlineData(MessageType.Track, "Signed Up", false)]
    [InlineData(MessageType.Page, "Order Completed", false)]
    [InlineData(MessageType.Identify, null, false)]
    public void Includes_AllThreeSettings_EachMustPass(MessageType type, string? name, bool expected) =>
        Assert.Equal(expected, EventFilterEvaluator.Includes(
            Filter(types: "track", names: "Order Completed,Heartbeat", excluded: "heartbeat"), type, name));
}
