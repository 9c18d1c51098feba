using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Settings;

internal sealed class HttpUsersApi(HttpClient http) : IUsersApi
{
    private const string Base = "api/settings/users";

    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken cancellationToken = default) =>
        await HttpApi.GetAsync<List<UserDto>>(http, Base, cancellationToken);

    public Task<CreatedUserDto> CreateAsync(UserRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<CreatedUserDto>(http, HttpMethod.Post, Base, request, cancellationToken);

    public Task<UserDto> UpdateAsync(string id, UserRequest request, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<UserDto>(http, HttpMethod.Put, $"{Base}/{Uri.EscapeDataString(id)}", request, cancellationToken);

    public Task SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Put, $"{Base}/{Uri.EscapeDataString(id)}/disabled", new DisabledRequest(disabled), cancellationToken);

    public Task<SecretDto> ResetPasswordAsync(string id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync<SecretDto>(http, HttpMethod.Post, $"{Base}/{Uri.EscapeDataString(id)}/password-reset", null, cancellationToken);

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        HttpApi.SendAsync(http, HttpMethod.Delete, $"{Base}/{Uri.EscapeDataString(id)}", null, cancellationToken);
}
