namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>The background job a sync request started; follow it through the jobs API.</summary>
public sealed record SyncStartedDto(string JobId);
