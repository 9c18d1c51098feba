namespace Lodestar.Domain.Accounts;

/// <summary>A new key and its secret, which exists only in this object: it is not stored.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
