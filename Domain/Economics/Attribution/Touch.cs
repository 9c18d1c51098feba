namespace Lodestar.Domain.Economics.Attribution;

/// <summary>
/// What an event says about where its visitor came from: the UTM campaign (<c>context.campaign</c>) and the page
/// referrer, on any event of the resolved profile (anonymous visits before signup included).
/// </summary>
public sealed record Touch(long ProfileId, DateTime At, string? Source, string? Medium, string? Campaign, string? Referrer);
