namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>A profile as it is today, named for a person reading the dry run.</summary>
public sealed record DryRunProfileDto(long Id, string? DisplayName);
