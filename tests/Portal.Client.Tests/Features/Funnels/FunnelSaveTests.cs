using System.Text.Json;
using Bunit;
using Lodestar.Portal.Client.Features.Funnels;
using Lodestar.Portal.Client.Features.Insights;

namespace Lodestar.Portal.Client.Tests.Features.Funnels;

public sealed class FunnelSaveTests : FunnelsTestBase
{
    [Fact]
    public void Save_AfterRunning_SavesTheRunFunnelToTheDashboard()
    {
        var cut = RenderPage(Funnel("Landing", "Signed Up", "Order Completed"));
        cut.WaitForElement("[data-testid='insight-save']", Patience);

        cut.Find("[data-testid='insight-save']").Click();

        cut.WaitForAssertion(() => Assert.Contains("Saved as “Landing → Signed Up → Order Completed”", cut.Find("[data-testid='insight-saved']").TextContent, StringComparison.Ordinal), Patience);
        var saved = Assert.Single(_insights.Insights);
        Assert.Equal(InsightKind.Funnel, saved.Kind);
        var query = saved.Query.Deserialize<FunnelQueryDto>(JsonSerializerOptions.Web)!;
        Assert.Equal(["Landing", "Signed Up", "Order Completed"], query.Steps.Select(s => s.Event));
        Assert.Equal("ordered", saved.Query.GetProperty("order").GetString());
    }
}
