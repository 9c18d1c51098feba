namespace Lodestar.Domain.Accounts;

/// <summary>Who an accepted API key speaks for.</summary>
public sealed record ApiKeyIdentity(int? Id, string Name, string Role);
