using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>A signed-in (or anonymous) user with the given roles, for rendering with the portal's real policies.</summary>
public sealed class TestAuthenticationStateProvider(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));

    public static TestAuthenticationStateProvider SignedIn(string name, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new TestAuthenticationStateProvider(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));
    }

    public static TestAuthenticationStateProvider Anonymous() => new(new ClaimsPrincipal(new ClaimsIdentity()));
}
