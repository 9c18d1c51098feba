namespace Lodestar.Portal.Client.Features.Settings;

public sealed record ApiKeyRequest(string Name, string Role);
