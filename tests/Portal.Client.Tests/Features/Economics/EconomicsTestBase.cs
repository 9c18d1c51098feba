using Bunit;
using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Economics;

/// <summary>Economics pages over a fake API, signed in with the given roles, interactive, beside popover and dialog providers.</summary>
public abstract class EconomicsTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected readonly FakeEconomicsApi _economics = new();

    protected readonly FakeEconomicsDashboardApi _dashboards = new();

    protected readonly FakeJobsApi _jobs = new();

    protected EconomicsTestBase(params string[] roles)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IEconomicsApi>(_economics);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Economics.Dashboard.IEconomicsDashboardApi>(_dashboards);
        Services.AddSingleton<IJobsApi>(_jobs);
        Services.AddSingleton<TimeProvider>(new StoppedClock());
        Services.AddSignedIn("eve@example.com", roles);
        // After the services: setting the renderer info builds the service provider.
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    protected IRenderedComponent<IComponent> RenderPage<TPage>(params (string Name, object? Value)[] parameters) where TPage : IComponent =>
        Render(PageTree.WithProviders<TPage>(parameters));

    protected static void ClickDialogButton(IRenderedComponent<IComponent> cut, string text) => PageTree.ClickDialogButton(cut, text, Patience);

    protected static string ErrorUnder(IRenderedComponent<IComponent> cut, string testId) => PageTree.ErrorUnder(cut, testId);
}
