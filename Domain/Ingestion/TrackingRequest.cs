namespace Lodestar.Domain.Ingestion;

/// <summary>One request to the tracking API, as the HTTP layer read it.</summary>
/// <param name="HeaderWriteKey">The write key from the HTTP Basic user name, if the request had one.</param>
public sealed record TrackingRequest(TrackingRoute Route, ReadOnlyMemory<byte> Body, string? HeaderWriteKey, string? ClientIp);
