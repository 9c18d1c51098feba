using Bunit;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Crm;

/// <summary>CRM pages over fake APIs, signed in with the given roles, interactive, beside popover and dialog providers.</summary>
public abstract class CrmTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected readonly FakeContactsApi _contacts = new();

    protected readonly FakeAccountsApi _accounts = new();

    protected readonly FakeProfilesApi _profiles = new();

    protected readonly FakePipelinesApi _pipelines = new();

    protected readonly FakeDealsApi _deals;
    protected readonly FakeTicketsApi _tickets = new();

    protected readonly FakeImportApi _imports = new();
    protected readonly FakeActivitiesApi _activities = new();
    protected readonly FakeSavedViewsApi _views = new();
    protected readonly FakeConsentApi _consent = new();

    protected CrmTestBase(params string[] roles)
    {
        _deals = new FakeDealsApi(_pipelines);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IContactsApi>(_contacts);
        Services.AddSingleton<IAccountsApi>(_accounts);
        Services.AddSingleton<IProfilesApi>(_profiles);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Crm.Deals.IDealsApi>(_deals);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Crm.Deals.IPipelinesApi>(_pipelines);
        Services.AddSingleton<ITicketsApi>(_tickets);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Crm.Import.IImportApi>(_imports);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Crm.Activities.IActivitiesApi>(_activities);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Crm.Views.ISavedViewsApi>(_views);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Privacy.IConsentApi>(_consent);
        Services.AddSingleton<TimeProvider>(new StoppedClock());
        Services.AddSignedIn("mia@example.com", roles);
        // After the services: setting the renderer info builds the service provider.
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    /// <summary>Where the page navigated to, relative to the app's base.</summary>
    protected string CurrentPath => "/" + Services.GetRequiredService<NavigationManager>().ToBaseRelativePath(Services.GetRequiredService<NavigationManager>().Uri);

    protected IRenderedComponent<IComponent> RenderWithPopovers<TPage>(params (string Name, object? Value)[] parameters) where TPage : IComponent =>
        Render(PageTree.WithProviders<TPage>(parameters));

    /// <summary>Clicks the button of the open dialog (or message box) whose text starts with <paramref name="text"/>.</summary>
    protected static void ClickDialogButton(IRenderedComponent<IComponent> cut, string text) => PageTree.ClickDialogButton(cut, text, Patience);

    /// <summary>The error text MudBlazor shows under the input with this test id.</summary>
    protected static string ErrorUnder(IRenderedComponent<IComponent> cut, string testId) => PageTree.ErrorUnder(cut, testId);
}
