namespace Lodestar.Domain.Accounts;

/// <summary>A new user and the password to hand over (shown once, not stored in clear).</summary>
public sealed record CreatedUser(UserSummary User, string Password);
