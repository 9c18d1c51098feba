namespace Lodestar.Portal.Client.Features.Settings;

/// <summary>A password or API key that is shown once and never again.</summary>
public sealed record SecretDto(string Secret);
