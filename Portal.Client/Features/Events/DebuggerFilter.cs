namespace Lodestar.Portal.Client.Features.Events;

/// <summary>What the debugger's filter bar holds; empty fields do not filter.</summary>
public sealed record DebuggerFilter(string Type = "", string Event = "", string User = "")
{
    public EventFilter ToQuery(int limit, long? before = null, long? after = null) =>
        new(limit, Blank(Type), Blank(Event)?.Trim(), null, null, Blank(User)?.Trim(), before, after);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
