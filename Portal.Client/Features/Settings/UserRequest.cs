namespace Lodestar.Portal.Client.Features.Settings;

/// <summary>A new user (the email is used only on create) or the new name and roles of an existing one.</summary>
public sealed record UserRequest(string Email, string? DisplayName, IReadOnlyList<string> Roles);
