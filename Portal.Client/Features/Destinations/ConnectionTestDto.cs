namespace Lodestar.Portal.Client.Features.Destinations;

public sealed record ConnectionTestDto(bool Ok, string Message);
