namespace Lodestar.Portal.Client.Features.Overview;

/// <summary>Where a background job is: state (Enqueued, Processing, Succeeded, Failed), 0..1 progress and a message.</summary>
public sealed record JobProgressDto(string JobId, string Name, string State, double Progress, string? Message, string? Error);
