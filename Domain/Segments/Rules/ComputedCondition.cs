namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// An aggregation of <see cref="Property"/> over the profile's <see cref="Event"/> events (in the window, passing the
/// filters) passes a test: total revenue &gt; 500, most frequent <c>context.campaign.source</c> = google. Profiles
/// without such events have no value (they pass only "not exists").
/// </summary>
public sealed record ComputedCondition(
    string Event,
    Aggregation Aggregation,
    string? Property,
    ValueTest Test,
    EventWindow? Window = null,
    IReadOnlyList<PropertyFilter>? Where = null) : RuleNode;
