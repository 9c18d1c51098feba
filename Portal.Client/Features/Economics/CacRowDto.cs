namespace Lodestar.Portal.Client.Features.Economics;

/// <summary>One channel's or month's acquisition economics (<c>key</c>: the channel, YYYY-MM, or "total").</summary>
public sealed record CacRowDto(string Key, AcquisitionDto Economics);
