namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// The profile performed <see cref="Event"/> (track name, or page/screen name) a number of times in a window, counting
/// only events that pass every filter; or, with <see cref="Performed"/> false, did not perform it at all.
/// </summary>
public sealed record EventCondition(
    string Event,
    bool Performed = true,
    Frequency Frequency = Frequency.AtLeast,
    int Count = 1,
    EventWindow? Window = null,
    IReadOnlyList<PropertyFilter>? Where = null) : RuleNode;
