namespace Lodestar.Portal.Client.Features.Settings;

public sealed record DisabledRequest(bool Disabled);
