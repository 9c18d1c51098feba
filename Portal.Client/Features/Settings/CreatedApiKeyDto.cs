namespace Lodestar.Portal.Client.Features.Settings;

/// <summary>A new API key; <see cref="Secret"/> is shown this once and cannot be read again.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto Key, string Secret);
