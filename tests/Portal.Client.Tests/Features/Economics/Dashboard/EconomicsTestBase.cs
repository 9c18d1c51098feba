using Bunit;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Economics.Dashboard;

/// <summary>The economics dashboard over fakes, signed in with the given roles, interactive, beside popover and dialog providers.</summary>
public abstract class EconomicsTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected readonly FakeEconomicsDashboardApi _dashboards = new();

    protected readonly FakeJobsApi _jobs = new();

    protected EconomicsTestBase(params string[] roles)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IEconomicsDashboardApi>(_dashboards);
        Services.AddSingleton<IJobsApi>(_jobs);
        Services.AddSingleton<TimeProvider>(new StoppedClock());
        Services.AddAuthorizationCore(o => o.AddPortalPolicies());
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddCascadingAuthenticationState();
        Services.AddSingleton<AuthenticationStateProvider>(TestAuthenticationStateProvider.SignedIn("eve@example.com", roles));
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    protected IRenderedComponent<IComponent> RenderWithPopovers<TPage>(params (string Name, object Value)[] parameters) where TPage : IComponent =>
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
}
