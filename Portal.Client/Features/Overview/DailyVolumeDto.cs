namespace Lodestar.Portal.Client.Features.Overview;

public sealed record DailyVolumeDto(DateOnly Day, string Type, int Count);
