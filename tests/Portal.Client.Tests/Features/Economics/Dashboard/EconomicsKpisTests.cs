using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Economics.Dashboard;

public sealed class EconomicsKpisTests
{
    [Fact]
    public void Of_Sample_ChangesAndWhetherEachIsBetter()
    {
        var kpis = EconomicsKpis.Of(FakeEconomicsDashboardApi.Sample()).ToDictionary(k => k.Key);

        Assert.Equal((0.5, KpiTrend.Better), (kpis["ltv"].Change!.Value, kpis["ltv"].Trend));
        Assert.Equal((0.25, KpiTrend.Worse), (kpis["cac"].Change!.Value, kpis["cac"].Trend));
        Assert.Equal(0.2, kpis["ltv-cac"].Change!.Value, 1e-9);
        // Payback from 3 to 2 months: shorter is better, and said in months.
        Assert.Equal((KpiTrend.Better, "1 month sooner"), (kpis["payback"].Trend, kpis["payback"].ChangeText));
        Assert.Equal("▲ 50.0 %", kpis["ltv"].ChangeText);
        Assert.Equal((null, KpiTrend.NoComparison), (kpis["revenue"].Change, kpis["revenue"].Trend));
        Assert.Equal(["ltv", "cac", "ltv-cac", "payback", "active", "revenue"], kpis.Keys);
    }

    [Fact]
    public void Of_SameFigures_Unchanged()
    {
        var sample = FakeEconomicsDashboardApi.Sample();
        var dashboard = sample with { Previous = sample.Current with { From = "2025-10", To = "2025-12" } };

        Assert.All(EconomicsKpis.Of(dashboard), k => Assert.Equal(KpiTrend.Unchanged, k.Trend));
    }

    [Fact]
    public void Of_NoCustomersAcquired_DashesAndNoComparison()
    {
        var none = new AcquisitionDto(0m, 0, 0m, null, null, null, null);
        var sample = FakeEconomicsDashboardApi.Sample();
        var dashboard = sample with { Current = sample.Current with { Acquisition = none } };

        var kpis = EconomicsKpis.Of(dashboard).ToDictionary(k => k.Key);

        Assert.Equal(("—", "—", "—", "not yet"), (kpis["ltv"].Value, kpis["cac"].Value, kpis["ltv-cac"].Value, kpis["payback"].Value));
        Assert.Equal(KpiTrend.NoComparison, kpis["ltv"].Trend);
    }
}
