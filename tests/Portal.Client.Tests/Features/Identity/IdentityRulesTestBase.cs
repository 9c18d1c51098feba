using Bunit;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Identity;

/// <summary>Renders <see cref="IdentityRulesTab"/> over fakes, interactive, beside the popover and dialog providers of the layout.</summary>
public abstract class IdentityRulesTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected readonly FakeIdentityRulesApi _rules = new();

    protected readonly FakeJobsApi _jobs = new();

    protected IdentityRulesTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IIdentityRulesApi>(_rules);
        Services.AddSingleton<IJobsApi>(_jobs);
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    protected ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    /// <summary>The whole tree: the tab, and the providers that hold its select options and confirmation dialogs.</summary>
    protected IRenderedComponent<IComponent> RenderTab() =>
        Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<IdentityRulesTab>(2);
            builder.AddAttribute(3, nameof(IdentityRulesTab.PollInterval), TimeSpan.Zero);
            builder.CloseComponent();
        });

    protected static IRenderedComponent<IComponent> Loaded(IRenderedComponent<IComponent> cut)
    {
        cut.WaitForElement("[data-testid='identity-types']", Patience);
        return cut;
    }

    protected static List<string> TypeOrder(IRenderedComponent<IComponent> cut) =>
        cut.FindAll("[data-testid^='type-row-']").Select(tr => tr.GetAttribute("data-testid")!["type-row-".Length..]).ToList();
}
