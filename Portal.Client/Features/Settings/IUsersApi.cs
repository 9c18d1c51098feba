namespace Lodestar.Portal.Client.Features.Settings;

/// <summary>User administration (<c>/api/settings/users</c>), admins only.</summary>
public interface IUsersApi
{
    Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<CreatedUserDto> CreateAsync(UserRequest request, CancellationToken cancellationToken = default);

    Task<UserDto> UpdateAsync(string id, UserRequest request, CancellationToken cancellationToken = default);

    Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default);

    Task<SecretDto> ResetPasswordAsync(string id, CancellationToken cancellationToken = default);

    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}
