using Lodestar.Domain.Accounts;
using Lodestar.Domain.Audit;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Settings;

internal sealed class ServerUsersApi(UserAdminService users, CurrentUser currentUser, AuditRecorder audit) : IUsersApi
{
    public Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        (IReadOnlyList<UserDto>)(await users.ListAsync(cancellationToken)).Select(ToDto).ToList());

    public Task<CreatedUserDto> CreateAsync(UserRequest request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var created = await users.CreateAsync(request.Email, request.DisplayName, request.Roles ?? [], cancellationToken);
        await audit.RecordAsync(AuditActions.UserCreated, Target(created.User), "roles: " + Roles(created.User.Roles));
        return new CreatedUserDto(ToDto(created.User), created.Password);
    });

    public Task<UserDto> UpdateAsync(string id, UserRequest request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var before = await users.GetAsync(id, cancellationToken);
        var saved = await users.UpdateAsync(id, request.DisplayName, request.Roles ?? [], cancellationToken);
        if (!before.Roles.Order().SequenceEqual(saved.Roles.Order()))
            await audit.RecordAsync(AuditActions.UserRoleChanged, Target(saved), $"roles: {Roles(before.Roles)} → {Roles(saved.Roles)}");
        return ToDto(saved);
    });

    public Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await users.SetDisabledAsync(id, disabled, await currentUser.GetIdAsync(), cancellationToken);
        await audit.RecordAsync(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, Target(await users.GetAsync(id, cancellationToken)));
    });

    public Task<SecretDto> ResetPasswordAsync(string id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var password = await users.ResetPasswordAsync(id, cancellationToken);
        await audit.RecordAsync(AuditActions.UserPasswordReset, Target(await users.GetAsync(id, cancellationToken)));
        return new SecretDto(password);
    });

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var user = await users.GetAsync(id, cancellationToken);
        await users.DeleteAsync(id, await currentUser.GetIdAsync(), cancellationToken);
        await audit.RecordAsync(AuditActions.UserDeleted, Target(user), "roles: " + Roles(user.Roles));
    });

    private static AuditTarget Target(UserSummary u) => new("user", u.Id, u.Email);

    private static string Roles(IReadOnlyList<string> roles) => roles.Count == 0 ? "none" : string.Join(", ", roles);

    private static UserDto ToDto(UserSummary u) => new(u.Id, u.Email, u.DisplayName, u.Roles, u.Disabled, u.CreatedAt, u.LastSignInAt);
}
