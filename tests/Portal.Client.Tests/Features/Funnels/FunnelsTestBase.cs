using Bunit;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Client.Tests.Features.Segments;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Lodestar.Portal.Client.Tests.Features.Funnels;

/// <summary>The funnels page over <see cref="FakeFunnelsApi"/> and the segments' fake schema, with the segment tests' helpers and a snackbar provider.</summary>
public abstract class FunnelsTestBase : SegmentsTestBase
{
    protected static readonly DateOnly Today = DateOnly.FromDateTime(StoppedClock.Now);

    protected readonly FakeFunnelsApi _funnels;

    protected readonly FakeInsightsApi _insights;

    protected FunnelsTestBase()
        : this(new FakeFunnelsApi(), new FakeInsightsApi())
    {
    }

    private FunnelsTestBase(FakeFunnelsApi funnels, FakeInsightsApi insights)
        : base(services =>
        {
            services.AddSingleton<IFunnelsApi>(funnels);
            services.AddSingleton<IInsightsApi>(insights);
        }) => (_funnels, _insights) = (funnels, insights);

    /// <summary>Where the snackbars show (beside the page, as in the layout).</summary>
    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    /// <summary>The page, at <c>/funnels</c> or at a link to a funnel (<paramref name="query"/>).</summary>
    protected IRenderedComponent<IComponent> RenderPage(FunnelQueryDto? query = null)
    {
        Snackbars = Render<MudSnackbarProvider>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(query is null ? "funnels" : "funnels?q=" + FunnelLink.Encode(query));
        return RenderWithPopovers<FunnelsPage>();
    }

    /// <summary>A funnel of these events over April 2026.</summary>
    protected static FunnelQueryDto Funnel(params string[] events) => new()
    {
        Steps = [.. events.Select(e => new FunnelStepDto { Event = e })],
        From = new DateOnly(2026, 4, 1),
        To = new DateOnly(2026, 4, 30),
    };

    /// <summary>Types into the autocomplete with this test id (the <paramref name="index"/>th) and picks the suggestion with this text.</summary>
    protected static void Choose(IRenderedComponent<IComponent> cut, string testId, string text, int index = 0)
    {
        cut.FindAll($"input[data-testid='{testId}']")[index].Input(text);
        cut.WaitForAssertion(() => Assert.Contains(OpenItems(cut), i => i.StartsWith(text, StringComparison.Ordinal)), Patience);
        cut.FindAll(".mud-popover-open .mud-list-item").First(i => i.TextContent.Trim().StartsWith(text, StringComparison.Ordinal)).Click();
    }

    /// <summary>Types a name the data has not suggested: the autocomplete keeps the text when it loses focus.</summary>
    protected static void Type(AngleSharp.Dom.IElement input, string text)
    {
        input.Input(text);
        input.Blur();
    }

    protected static void Run(IRenderedComponent<IComponent> cut) => cut.Find("[data-testid='funnel-run']").Click();

    /// <summary>The last query the page sent.</summary>
    protected FunnelQueryDto LastQuery(IRenderedComponent<IComponent> cut)
    {
        cut.WaitForAssertion(() => Assert.NotEmpty(_funnels.Queries), Patience);
        return _funnels.Queries[^1];
    }
}
