using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Reads the filter settings of an event destination (<c>eventTypes</c>, <c>eventNames</c>,
/// <c>excludeEventNames</c>): comma-separated lists, blanks ignored, names compared without regard to case.
/// </summary>
public static class EventFilterSettings
{
    public const string TypesKey = "eventTypes";
    public const string NamesKey = "eventNames";
    public const string ExcludedNamesKey = "excludeEventNames";

    private static readonly Dictionary<string, MessageType> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["track"] = MessageType.Track,
        ["identify"] = MessageType.Identify,
        ["page"] = MessageType.Page,
        ["screen"] = MessageType.Screen,
        ["group"] = MessageType.Group,
        ["alias"] = MessageType.Alias,
    };

    public static IEnumerable<string> KnownTypes => TypeNames.Keys;

    /// <summary>Problems by setting key; empty when the filter settings are usable.</summary>
    public static IReadOnlyDictionary<string, string> Validate(DestinationTarget target)
    {
        var problems = new Dictionary<string, string>();
        var unknown = Split(target.Setting(TypesKey)).Where(t => !TypeNames.ContainsKey(t)).ToList();
        if (unknown.Count > 0)
            problems[TypesKey] = $"Unknown message type{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(t => $"'{t}'"))}; " +
                                 $"use a comma-separated list of {string.Join(", ", KnownTypes)} (empty for all).";
        foreach (var key in new[] { NamesKey, ExcludedNamesKey })
        {
            if (Split(target.Setting(key)).FirstOrDefault(n => n.Length > EventLimits.IdentifierLength) is { } tooLong)
                problems[key] = $"'{tooLong[..20]}…' is longer than {EventLimits.IdentifierLength} characters; no event has such a name.";
        }

        return problems;
    }

    /// <summary>The filter of valid settings (unknown types are ignored: <see cref="Validate"/> refuses them before saving).</summary>
    public static EventFilter Read(DestinationTarget target)
    {
        var types = Split(target.Setting(TypesKey)).Where(TypeNames.ContainsKey).Select(t => TypeNames[t]).ToHashSet();
        return new EventFilter(
            types,
            Split(target.Setting(NamesKey)).ToHashSet(StringComparer.OrdinalIgnoreCase),
            Split(target.Setting(ExcludedNamesKey)).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
