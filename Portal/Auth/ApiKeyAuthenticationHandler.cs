using System.Security.Claims;
using System.Text.Encodings.Web;
using Lodestar.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Lodestar.Portal.Auth;

/// <summary><c>Authorization: Bearer &lt;api key&gt;</c> for the management API. The key's role becomes a role claim.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var identity = await keys.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (identity is null)
            return AuthenticateResult.Fail("The API key is unknown or revoked.");

        var claims = new[]
        {
            new Claim(ClaimTypes.NameIdentifier, identity.Id is { } id ? $"api-key:{id}" : "api-key:bootstrap"),
            new Claim(ClaimTypes.Name, identity.Name),
            new Claim(ClaimTypes.Role, identity.Role),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized,
            "Send a valid API key as 'Authorization: Bearer <key>'. Admins create keys in Settings → API keys.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "This API key's role may not use this endpoint.");

    private Task WriteProblemAsync(int status, string detail)
    {
        Response.StatusCode = status;
        return Results.Problem(detail: detail, statusCode: status).ExecuteAsync(Context);
    }
}
