using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>Whether the signed-in person may change CRM records, for components that switch behaviour (not just markup) on it.</summary>
public static class CrmPermissions
{
    public static async Task<bool> CanEditAsync(IAuthorizationService authorization, Task<AuthenticationState>? authentication) =>
        authentication is not null && (await authorization.AuthorizeAsync((await authentication).User, PortalPolicies.EditCrm)).Succeeded;
}
