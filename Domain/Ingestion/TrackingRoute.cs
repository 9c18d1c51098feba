namespace Lodestar.Domain.Ingestion;

/// <summary>The tracking API route a request came in on (<c>/v1/{route}</c>).</summary>
public enum TrackingRoute
{
    Identify,
    Track,
    Page,
    Screen,
    Group,
    Alias,
    Batch,
    /// <summary>Segment's legacy name for <see cref="Batch"/>, still used by its import tool.</summary>
    Import,
}
