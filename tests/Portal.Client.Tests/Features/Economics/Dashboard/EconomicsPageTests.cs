using Bunit;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Client.Tests.Features.Economics.Dashboard;

public sealed class EconomicsPageTests() : EconomicsTestBase(PortalRoles.Executive)
{
    [Fact]
    public void Render_Computed_KpiCardsWithChangesAndEveryChart()
    {
        var cut = RenderPage<EconomicsPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='kpi-cards']")), Patience);
        Assert.Equal("150.00 USD", Text(cut, "kpi-ltv", "kpi-value"));
        Assert.Equal("▲ 50.0 % vs Oct 2025–Dec 2025", Text(cut, "kpi-ltv", "kpi-change"));
        Assert.Contains("mud-success-text", cut.Find("[data-testid='kpi-ltv'] [data-testid='kpi-change']").ClassName, StringComparison.Ordinal);
        // CAC went up: that is worse.
        Assert.Contains("mud-error-text", cut.Find("[data-testid='kpi-cac'] [data-testid='kpi-change']").ClassName, StringComparison.Ordinal);
        Assert.Equal("3.0×", Text(cut, "kpi-ltv-cac", "kpi-value"));
        Assert.Equal("2 months", Text(cut, "kpi-payback", "kpi-value"));
        Assert.Equal("12,000 USD", Text(cut, "kpi-revenue", "kpi-value"));
        Assert.Equal(EconomicsKpis.NoComparison, Text(cut, "kpi-revenue", "kpi-change"));
        foreach (var chart in new[] { "ltv-cac-by-channel", "cac-ltv-trend", "retention-heatmap", "clv-histogram", "alive-scatter" })
        {
            Assert.Empty(cut.FindAll($"[data-testid='{chart}'] [data-testid='chart-empty']"));
            Assert.NotNull(cut.Find($"[data-testid='{chart}'] [data-testid='png']"));
        }

        Assert.StartsWith("Computed 3 h ago (2026-05-04 09:00 UTC) · first-touch attribution · USD", cut.Find("[data-testid='computed']").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NeverComputed_SaysWhatRunsItAndEachChartWhyItIsEmpty()
    {
        _dashboards.Dashboard = _dashboards.Dashboard with
        {
            ComputedAt = null, Channels = [], ByChannel = [], ByMonth = [], Retention = [], PredictedCustomers = 0, ClvBins = [], Alive = [],
        };

        var cut = RenderPage<EconomicsPage>();

        cut.WaitForAssertion(() => Assert.Contains("runs every night at 02:00 UTC", cut.Find("[data-testid='not-computed']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal(5, cut.FindAll("[data-testid='chart-empty']").Count);
        Assert.Contains("Spend page", cut.Find("[data-testid='ltv-cac-by-channel'] [data-testid='chart-empty']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PeriodAndChannelInTheAddress_AskedForThem()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/economics?from=2026-01&to=2026-03&channel=Email");

        var cut = RenderPage<EconomicsPage>();

        cut.WaitForAssertion(() => Assert.Equal([("2026-01", "2026-03", "Email")], _dashboards.Requests), Patience);
    }

    [Fact]
    public void LastThreeMonths_Clicked_AddressHoldsTheMonthsUpToTheLastShown()
    {
        var cut = RenderPage<EconomicsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='last-3']")), Patience);

        cut.Find("[data-testid='last-3']").Click();

        Assert.EndsWith("/economics?from=2026-01&to=2026-03", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RejectedChannel_ShowsTheServersMessage()
    {
        _dashboards.Failure = new ApiException(400, "'TV' is not an acquisition channel of this workspace: choose one of Email, Paid Search.",
            new Dictionary<string, string[]> { ["channel"] = ["'TV' is not an acquisition channel of this workspace: choose one of Email, Paid Search."] });

        var cut = RenderPage<EconomicsPage>();

        cut.WaitForAssertion(() => Assert.Contains("choose one of Email, Paid Search", cut.Find("[data-testid='error']").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal("/economics", cut.Find("[data-testid='reset-filters']").GetAttribute("href"));
    }

    [Fact]
    public void ExportCsv_Clicked_SavesTheDashboardsFigures()
    {
        var module = JSInterop.SetupModule("./js/download.js");
        module.SetupVoid("saveText", _ => true).SetVoidResult();
        var cut = RenderPage<EconomicsPage>();
        cut.WaitForAssertion(() => Assert.False(cut.Find("[data-testid='export-csv']").HasAttribute("disabled")), Patience);

        cut.Find("[data-testid='export-csv']").Click();

        cut.WaitForAssertion(() => module.VerifyInvoke("saveText"), Patience);
        var saved = module.Invocations["saveText"].Single().Arguments;
        Assert.Equal("economics-2026-01-2026-03.csv", saved[0]);
        Assert.Contains("by_channel,Email,ltv_to_cac,8\n", (string)saved[2]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Executive_NoRecomputeButton()
    {
        var cut = RenderPage<EconomicsPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='kpi-cards']")), Patience);
        Assert.Empty(cut.FindAll("[data-testid='run-economics']"));
    }

    private static string Text(IRenderedComponent<IComponent> cut, string card, string part) =>
        cut.Find($"[data-testid='{card}'] [data-testid='{part}']").TextContent.Trim();
}
