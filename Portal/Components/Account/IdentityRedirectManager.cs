using Microsoft.AspNetCore.Components;

namespace Lodestar.Portal.Components.Account;

/// <summary>Redirects from the static sign-in pages, refusing targets outside this site.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri)
    {
        uri ??= "";

        // Prevent open redirects: a returnUrl must be a path on this site; anything else goes to the overview.
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal)
            || uri.StartsWith(@"/\", StringComparison.Ordinal))
            uri = "";

        navigationManager.NavigateTo(uri);
    }
}
