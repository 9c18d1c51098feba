namespace Lodestar.Portal.Client.Features.Settings;

public sealed record CreatedUserDto(UserDto User, string Password);
