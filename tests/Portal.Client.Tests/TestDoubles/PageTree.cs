using Bunit;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// What the page tests share: a page rendered as the layout would (beside the popover and dialog providers, inside the
/// authentication state), the portal's real policies for a signed-in person, and MudBlazor's dialog buttons and field errors.
/// </summary>
public static class PageTree
{
    /// <summary>The portal's policies, for <paramref name="name"/> signed in with <paramref name="roles"/>.</summary>
    public static IServiceCollection AddSignedIn(this IServiceCollection services, string name, params string[] roles)
    {
        services.AddAuthorizationCore(o => o.AddPortalPolicies());
        services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        services.AddCascadingAuthenticationState();
        return services.AddSingleton<AuthenticationStateProvider>(TestAuthenticationStateProvider.SignedIn(name, roles));
    }

    /// <summary>The component with these parameters, beside the popover and dialog providers, inside the authentication state.</summary>
    public static RenderFragment WithProviders<TComponent>(params (string Name, object? Value)[] parameters) where TComponent : IComponent =>
        builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<CascadingAuthenticationState>(2);
            builder.AddAttribute(3, "ChildContent", (RenderFragment)(inner =>
            {
                inner.OpenComponent<TComponent>(0);
                var sequence = 1;
                foreach (var (name, value) in parameters)
                    inner.AddAttribute(sequence++, name, value);
                inner.CloseComponent();
            }));
            builder.CloseComponent();
        };

    /// <summary>Clicks the button of the open dialog (or message box) whose text starts with <paramref name="text"/>.</summary>
    public static void ClickDialogButton(IRenderedComponent<IComponent> cut, string text, TimeSpan patience)
    {
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".mud-dialog-actions button"), b => b.TextContent.Trim().StartsWith(text, StringComparison.Ordinal)), patience);
        cut.FindAll(".mud-dialog-actions button").First(b => b.TextContent.Trim().StartsWith(text, StringComparison.Ordinal)).Click();
    }

    /// <summary>Opens the MudSelect whose input has this test id (inside <paramref name="scope"/>) and picks the item with this text.</summary>
    public static void Pick(IRenderedComponent<IComponent> cut, string testId, string item, TimeSpan patience, string scope = "")
    {
        cut.Find($"{scope} [data-testid='{testId}']").Closest(".mud-select")!.MouseDown();
        cut.WaitForAssertion(() => Assert.Contains(OpenItems(cut), i => i == item), patience);
        cut.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim() == item).Click();
    }

    /// <summary>The texts of the items of the open popover (a select's or an autocomplete's list).</summary>
    public static string[] OpenItems(IRenderedComponent<IComponent> cut) =>
        [.. cut.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim())];

    /// <summary>The error text MudBlazor shows under the (first) input with this test id.</summary>
    public static string ErrorUnder(IRenderedComponent<IComponent> cut, string testId) =>
        cut.Find($"input[data-testid='{testId}']").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
}
