using Bunit;
using Lodestar.Portal.Client.Features.Destinations;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Client.Features.Segments;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Destinations;

/// <summary>Destination pages over fakes of the destinations, segments, consent and jobs APIs, signed in as a marketer, interactive.</summary>
public abstract class DestinationsTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>How often the pages ask about a job under way: short, so tests do not wait.</summary>
    protected static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    protected readonly FakeDestinationsApi _destinations = new();

    protected readonly FakeSegmentsApi _segments = new();

    protected readonly FakeConsentApi _consent = new();

    protected readonly FakeJobsApi _jobs = new();

    protected DestinationsTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IDestinationsApi>(_destinations);
        Services.AddSingleton<ISegmentsApi>(_segments);
        Services.AddSingleton<IConsentApi>(_consent);
        Services.AddSingleton<IJobsApi>(_jobs);
        Services.AddSingleton<TimeProvider>(new StoppedClock());
        Services.AddSignedIn("mia@example.com", PortalRoles.Marketer);
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

    protected IRenderedComponent<IComponent> RenderPage<TPage>(params (string Name, object? Value)[] parameters) where TPage : IComponent =>
        Render(PageTree.WithProviders<TPage>(parameters));

    /// <summary>A destination's page, its syncs followed every few milliseconds.</summary>
    protected IRenderedComponent<IComponent> RenderDestination(long id = 5) =>
        RenderPage<DestinationPage>(("Id", id), ("PollInterval", Poll));

    /// <summary>Opens the tab whose title starts with <paramref name="title"/> (only the open tab is rendered).</summary>
    protected static void OpenTab(IRenderedComponent<IComponent> cut, string title)
    {
        cut.WaitForElement("[data-testid='destination-title']", Patience);
        cut.FindAll(".mud-tab").First(t => t.TextContent.Trim().StartsWith(title, StringComparison.OrdinalIgnoreCase)).Click();
    }

    protected static void Pick(IRenderedComponent<IComponent> cut, string testId, string item) => PageTree.Pick(cut, testId, item, Patience);

    /// <summary>What the MudSelect with this test id shows as chosen.</summary>
    protected static string SelectText(IRenderedComponent<IComponent> cut, string testId) =>
        cut.Find($"[data-testid='{testId}']").Closest(".mud-select")!.QuerySelector("input")?.GetAttribute("value") ?? "";

    protected static string[] OpenItems(IRenderedComponent<IComponent> cut) => PageTree.OpenItems(cut);

    /// <summary>The texts of the elements with this test id, in page order, their runs of white space as single spaces.</summary>
    protected static string[] Texts(IRenderedComponent<IComponent> cut, string testId) =>
        [.. cut.FindAll($"[data-testid='{testId}']").Select(e => Flat(e.TextContent))];

    protected static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    protected static void ClickDialogButton(IRenderedComponent<IComponent> cut, string text) => PageTree.ClickDialogButton(cut, text, Patience);

    protected static string ErrorUnder(IRenderedComponent<IComponent> cut, string testId) => PageTree.ErrorUnder(cut, testId);

    /// <summary>The helper text MudBlazor shows under the input with this test id (when it has no error).</summary>
    protected static string HelperUnder(IRenderedComponent<IComponent> cut, string testId) =>
        cut.Find($"input[data-testid='{testId}']").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";
}
