namespace Lodestar.Portal.Client.Features.Settings;

public sealed record UserDto(
    string Id,
    string Email,
    string? DisplayName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    DateTime CreatedAt,
    DateTime? LastSignInAt);
