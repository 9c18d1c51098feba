using Lodestar.Portal.Client.Features.Economics;
using Lodestar.Portal.Client.Features.Economics.Dashboard;
using Lodestar.Portal.Client.Tests.TestDoubles;

namespace Lodestar.Portal.Client.Tests.Features.Economics.Dashboard;

public sealed class DashboardCsvTests
{
    [Fact]
    public void Of_Sample_EveryChartsFiguresInLongForm()
    {
        var lines = DashboardCsv.Of(FakeEconomicsDashboardApi.Sample()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("section,item,measure,value", lines[0]);
        Assert.Contains("period,2026-01..2026-03,computed_at,2026-05-04T09:00:00Z", lines);
        Assert.Contains("kpi_current,2026-01..2026-03,cac,50", lines);
        Assert.Contains("kpi_previous,2025-10..2025-12,ltv,100", lines);
        Assert.Contains("by_channel,Paid Search,ltv_to_cac,1.75", lines);
        Assert.Contains("by_month,2026-02,new_customers,30", lines);
        Assert.Contains("retention,2026-01 M1,retention,0.25", lines);
        Assert.Contains("clv_histogram,50..,customers,15", lines);
        Assert.Contains("p_alive_by_orders,\"3 orders, p_alive 0.35\",customers,20", lines);
    }

    [Fact]
    public void Of_ChannelLikeAFormula_NeutralisedAndQuoted()
    {
        var sample = FakeEconomicsDashboardApi.Sample();
        var dashboard = sample with { ByChannel = [new CacRowDto("=HYPERLINK(\"x\")", sample.ByChannel[0].Economics)], ByMonth = [], Retention = [], ClvBins = [], Alive = [] };

        var csv = DashboardCsv.Of(dashboard);

        Assert.Contains("by_channel,\"'=HYPERLINK(\"\"x\"\")\",spend,500", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",-", csv.Replace(",-1", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
