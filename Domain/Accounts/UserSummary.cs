namespace Lodestar.Domain.Accounts;

public sealed record UserSummary(
    string Id,
    string Email,
    string? DisplayName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    DateTime CreatedAt,
    DateTime? LastSignInAt);
