namespace Lodestar.Portal.Client.Features.Jobs;

/// <summary>The answer to starting a job.</summary>
public sealed record JobRunDto(string JobId);
