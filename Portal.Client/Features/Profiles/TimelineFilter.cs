using System.Globalization;

namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>A page of a profile's events: optionally one type or event name, older than an event id.</summary>
public sealed record TimelineFilter(string? Type = null, string? Event = null, long? Before = null, int Limit = 50)
{
    public string ToQueryString()
    {
        var parts = new List<string> { "limit=" + Limit.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Type))
            parts.Add("type=" + Uri.EscapeDataString(Type));
        if (!string.IsNullOrWhiteSpace(Event))
            parts.Add("event=" + Uri.EscapeDataString(Event));
        if (Before is { } before)
            parts.Add("before=" + before.ToString(CultureInfo.InvariantCulture));
        return string.Join('&', parts);
    }
}
