using Bunit;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Events;

/// <summary>An expanded event says which fields PII rules dropped or hashed before it was stored.</summary>
public sealed class EventDebuggerPiiTests : EventDebuggerTestBase
{
    [Fact]
    public void ExpandRow_EventWithMarks_ChipPerFieldWithThePathOnHover()
    {
        _api.Add(FakeEventsApi.Event(7, "identify", null) with { Pii = [new("properties.ssn", "drop"), new("context.traits.email", "hash")] });
        var cut = RenderDebugger(NoPolling);

        Rows(cut)[0].Click();

        Assert.Equal(["ssn dropped", "email hashed"], cut.FindAll("[data-testid='event-pii-chip']").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void ExpandRow_EventWithoutMarks_NoPiiLine()
    {
        _api.Add(FakeEventsApi.Event(7, "track", "Signed Up"));
        var cut = RenderDebugger(NoPolling);

        Rows(cut)[0].Click();

        Assert.NotNull(cut.Find("[data-testid='event-json']"));
        Assert.Empty(cut.FindAll("[data-testid='event-pii']"));
    }
}
