using Bunit;
using Lodestar.Portal.Client.Features.Events;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Events;

/// <summary>Renders <see cref="EventDebugger"/> over a <see cref="FakeEventsApi"/>, interactive, as the layout does.</summary>
public abstract class EventDebuggerTestBase : BunitContext
{
    /// <summary>Long enough that no poll happens during a test that is not about live updates.</summary>
    protected static readonly TimeSpan NoPolling = TimeSpan.FromHours(1);

    protected static readonly TimeSpan FastPolling = TimeSpan.FromMilliseconds(25);

    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected readonly FakeEventsApi _api = new();

    /// <summary>The whole rendered tree; the select's options live in the popover provider, outside the debugger.</summary>
    protected IRenderedComponent<IComponent>? _page;

    protected EventDebuggerTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IEventsApi>(_api);
        // The debugger polls only once it is interactive.
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    /// <summary>Renders the debugger beside a popover provider, as in the layout, so the type select can open.</summary>
    protected IRenderedComponent<EventDebugger> RenderDebugger(TimeSpan pollInterval)
    {
        _page = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<EventDebugger>(1);
            builder.AddAttribute(2, nameof(EventDebugger.PollInterval), pollInterval);
            builder.CloseComponent();
        });
        return _page.FindComponent<EventDebugger>();
    }

    protected static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<EventDebugger> cut) =>
        cut.FindAll("tbody tr.mud-table-row").Where(tr => tr.QuerySelector("[data-testid='event-name']") is not null).ToList();

    protected static List<string> EventNames(IRenderedComponent<EventDebugger> cut) =>
        cut.FindAll("td[data-testid='event-name']").Select(td => td.TextContent.Trim()).ToList();
}
