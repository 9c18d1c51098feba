namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// A test on a field of the event's message, by its path from the message root: <c>properties.revenue</c>,
/// <c>context.campaign.source</c>.
/// </summary>
public sealed record PropertyFilter(string Property, ValueTest Test);
