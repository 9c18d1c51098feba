using Lodestar.Domain.Accounts;
using Lodestar.Domain.Audit;
using Lodestar.Portal.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Lodestar.Portal.Auth;

/// <summary>Sign-out, posted from the user menu of the interactive shell.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/Account/Logout", async (HttpContext context, [FromServices] SignInManager<PortalUser> signIn, [FromServices] AuditRecorder audit,
            [FromForm] string? returnUrl) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
                await audit.RecordAsync(AuditActions.SignOut);
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login" + (string.IsNullOrEmpty(returnUrl) ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        }).ExcludeFromDescription();
        return app;
    }
}
