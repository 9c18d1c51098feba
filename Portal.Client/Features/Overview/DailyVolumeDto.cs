namespace Lodestar.Portal.Client.Features.Overview;

public sealed record DailyVolumeDto(DateOnly Day, string Type, long Count);
