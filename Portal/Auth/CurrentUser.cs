using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Lodestar.Portal.Auth;

/// <summary>
/// Who is acting, wherever the server code runs: an HTTP request (endpoints, prerendering) has its user; an
/// interactive circuit has no HttpContext, so there the authentication state is asked.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services)
{
    public async Task<ClaimsPrincipal> GetAsync()
    {
        if (http.HttpContext is { } context)
            return context.User;
        var state = await services.GetRequiredService<AuthenticationStateProvider>().GetAuthenticationStateAsync();
        return state.User;
    }

    public async Task<string?> GetIdAsync() => (await GetAsync()).FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<string?> GetNameAsync() => (await GetAsync()).Identity?.Name;
}
