using Lodestar.Domain.Accounts;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Settings;

internal sealed class ServerUsersApi(UserAdminService users, CurrentUser currentUser) : IUsersApi
{
    public Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (IReadOnlyList<UserDto>)(await users.ListAsync(cancellationToken)).Select(ToDto).ToList());

    public Task<CreatedUserDto> CreateAsync(UserRequest request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var created = await users.CreateAsync(request.Email, request.DisplayName, request.Roles ?? [], cancellationToken);
        return new CreatedUserDto(ToDto(created.User), created.Password);
    });

    public Task<UserDto> UpdateAsync(string id, UserRequest request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => ToDto(await users.UpdateAsync(id, request.DisplayName, request.Roles ?? [], cancellationToken)));

    public Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        await users.SetDisabledAsync(id, disabled, await currentUser.GetIdAsync(), cancellationToken));

    public Task<SecretDto> ResetPasswordAsync(string id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => new SecretDto(await users.ResetPasswordAsync(id, cancellationToken)));

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        await users.DeleteAsync(id, await currentUser.GetIdAsync(), cancellationToken));

    private static UserDto ToDto(UserSummary u) => new(u.Id, u.Email, u.DisplayName, u.Roles, u.Disabled, u.CreatedAt, u.LastSignInAt);
}
