using Bunit;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Segments;

/// <summary>Segment pages and the builder over <see cref="FakeSegmentsApi"/>, signed in as a marketer, interactive, beside popover and dialog providers.</summary>
public abstract class SegmentsTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>The builder's pause before counting, short so tests do not wait.</summary>
    protected static readonly TimeSpan NoDelay = TimeSpan.FromMilliseconds(1);

    protected readonly FakeSegmentsApi _segments = new();

    protected SegmentsTestBase()
        : this(_ => { })
    {
    }

    /// <param name="services">Adds what a derived test's pages need besides; the provider is built at the end of this constructor.</param>
    protected SegmentsTestBase(Action<IServiceCollection> services)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<ISegmentsApi>(_segments);
        Services.AddSingleton<TimeProvider>(new StoppedClock());
        Services.AddSignedIn("mia@example.com", PortalRoles.Marketer);
        services(Services);
        // After the services: setting the renderer info builds the service provider.
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    /// <summary>Where the page navigated to, relative to the app's base.</summary>
    protected string CurrentPath
    {
        get
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            return "/" + navigation.ToBaseRelativePath(navigation.Uri);
        }
    }

    protected IRenderedComponent<IComponent> RenderWithPopovers<TComponent>(params (string Name, object? Value)[] parameters) where TComponent : IComponent =>
        Render(PageTree.WithProviders<TComponent>(parameters));

    /// <summary>Opens the MudSelect whose input has this test id (inside <paramref name="scope"/>) and picks the item with this text.</summary>
    protected static void Pick(IRenderedComponent<IComponent> cut, string testId, string item, string scope = "") => PageTree.Pick(cut, testId, item, Patience, scope);

    /// <summary>The texts of the items of the open popover (a select's or an autocomplete's list).</summary>
    protected static string[] OpenItems(IRenderedComponent<IComponent> cut) => PageTree.OpenItems(cut);

    /// <summary>The texts of the elements with this test id, in page order.</summary>
    protected static string[] Texts(IRenderedComponent<IComponent> cut, string testId) =>
        [.. cut.FindAll($"[data-testid='{testId}']").Select(e => e.TextContent.Trim())];

    /// <summary>Text with its runs of white space (markup line breaks) as single spaces.</summary>
    protected static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The rule-check messages shown, in page order.</summary>
    protected static string[] Problems(IRenderedComponent<IComponent> cut) =>
        [.. cut.FindAll("[data-testid='problem']").Select(p => p.TextContent.Trim())];
}
