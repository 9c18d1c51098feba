using System.Globalization;

namespace Lodestar.Portal.Client.Features.Events;

/// <summary>What the debugger asks for: the newest events matching all given fields.</summary>
/// <param name="User">Matches the userId or the anonymousId.</param>
public sealed record EventFilter(
    int Limit = 50,
    string? Type = null,
    string? Event = null,
    string? UserId = null,
    string? AnonymousId = null,
    string? User = null,
    long? Before = null,
    long? After = null)
{
    public string ToQueryString()
    {
        var parts = new List<string> { "limit=" + Limit.ToString(CultureInfo.InvariantCulture) };
        Add(parts, "type", Type);
        Add(parts, "event", Event);
        Add(parts, "userId", UserId);
        Add(parts, "anonymousId", AnonymousId);
        Add(parts, "user", User);
        Add(parts, "before", Before?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "after", After?.ToString(CultureInfo.InvariantCulture));
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            parts.Add(name + "=" + Uri.EscapeDataString(value));
    }
}
