using Bunit;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Economics;

/// <summary>Economics pages over a fake API, signed in with the given roles, interactive, beside popover and dialog providers.</summary>
public abstract class EconomicsTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected readonly FakeEconomicsApi _economics = new();

    protected readonly FakeJobsApi _jobs = new();

    protected EconomicsTestBase(params string[] roles)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IEconomicsApi>(_economics);
        Services.AddSingleton<IJobsApi>(_jobs);
        Services.AddAuthorizationCore(o => o.AddPortalPolicies());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddCascadingAuthenticationState();
        Services.AddSingleton<AuthenticationStateProvider>(TestAuthenticationStateProvider.SignedIn("eve@example.com", roles));
        // After the services: setting the renderer info builds the service provider.
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    protected IRenderedComponent<IComponent> RenderPage<TPage>(params (string Name, object Value)[] parameters) where TPage : IComponent =>
        Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<CascadingAuthenticationState>(2);
            builder.AddAttribute(3, "ChildContent", (RenderFragment)(inner =>
            {
                inner.OpenComponent<TPage>(0);
                var sequence = 1;
                foreach (var (name, value) in parameters)
                    inner.AddAttribute(sequence++, name, value);
                inner.CloseComponent();
            }));
            builder.CloseComponent();
        });

    /// <summary>Clicks the button of the open dialog (or message box) whose text starts with <paramref name="text"/>.</summary>
    protected static void ClickDialogButton(IRenderedComponent<IComponent> cut, string text)
    {
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll(".mud-dialog-actions button"), b => b.TextContent.Trim().StartsWith(text, StringComparison.Ordinal)), Patience);
        cut.FindAll(".mud-dialog-actions button").First(b => b.TextContent.Trim().StartsWith(text, StringComparison.Ordinal)).Click();
    }

    /// <summary>The error text MudBlazor shows under the input with this test id (the first such input).</summary>
    protected static string ErrorUnder(IRenderedComponent<IComponent> cut, string testId) =>
        cut.Find($"input[data-testid='{testId}']").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";
}
