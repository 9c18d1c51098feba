using Lodestar.Domain.Economics;
using Lodestar.Domain.Economics.Reports;
using Lodestar.Domain.Tests.Economics.Service;

namespace Lodestar.Domain.Tests.Economics.Reports;

/// <summary>Over <see cref="EconomicsWorld"/>: anna (Organic Search, January), ben (Paid Search, January, refunded), cara (Email, February).</summary>
public sealed class EconomicsDashboardServiceTests
{
    private static CancellationToken Ct => Segments.SegmentWorld.Ct;

    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly April = new(2026, 4, 30);

    [Fact]
    public async Task GetAsync_AllChannels_KpisChannelsCohortsAndDistributions()
    {
        await using var world = await EconomicsWorld.StartAsync();
        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        var dashboard = await world.Host.Get<EconomicsDashboardService>().GetAsync(January, April, null, Ct);

        Assert.Equal(["Email", "Organic Search", "Paid Search"], dashboard.Channels);
        Assert.Null(dashboard.Channel);
        // Jan 100 + 0 (ben refunded), Feb 200 − 30, Mar 55, Apr the 300 deal.
        Assert.Equal((625_00L, 3, 3, 349_00L), (dashboard.Current.Revenue, dashboard.Current.ActiveCustomers, dashboard.Current.Acquisition.NewCustomers, dashboard.Current.Acquisition.Spend));
        Assert.Equal((0L, 0), (dashboard.Previous.Revenue, dashboard.Previous.Acquisition.NewCustomers));
        Assert.Equal(["Email", "Organic Search", "Paid Search", "Paid Social"], dashboard.ByChannel.Select(r => r.Key));
        Assert.Equal([("2026-01", 2, 249_00L), ("2026-02", 1, 100_00L)], dashboard.ByMonth.Select(r => (r.Key, r.Economics.NewCustomers, r.Economics.Spend)));
        // January: both bought in January, anna again in March; 100 − 30 + 55 over two customers. February: cara, again in April.
        Assert.Equal([1.0, 0, 0.5, 0], dashboard.Retention.Where(r => r.CohortMonth == January).Select(r => r.Retention));
        Assert.Equal([50_00.0, 35_00, 62_50, 62_50], dashboard.Retention.Where(r => r.CohortMonth == January).Select(r => r.CumulativeRevenuePerCustomer));
        Assert.Equal([1.0, 0, 1], dashboard.Retention.Where(r => r.CohortMonth == new DateOnly(2026, 2, 1)).Select(r => r.Retention));
        Assert.Equal(3, dashboard.PredictedCustomers);
        Assert.Equal(3, dashboard.ClvBins.Sum(b => b.Customers));
        Assert.Equal(3, dashboard.Alive.Sum(p => p.Customers));
        Assert.Equal([1, 2], dashboard.Alive.Select(p => p.Orders).Distinct().Order());
    }

    [Fact]
    public async Task GetAsync_ChannelAnyCase_NarrowsAllButTheChannelBars()
    {
        await using var world = await EconomicsWorld.StartAsync();
        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        var dashboard = await world.Host.Get<EconomicsDashboardService>().GetAsync(January, April, "organic search", Ct);

        Assert.Equal("Organic Search", dashboard.Channel);
        Assert.Equal((125_00L, 1, 1, 0L), (dashboard.Current.Revenue, dashboard.Current.ActiveCustomers, dashboard.Current.Acquisition.NewCustomers, dashboard.Current.Acquisition.Spend));
        Assert.Equal(4, dashboard.ByChannel.Count);
        Assert.Equal("2026-01", Assert.Single(dashboard.ByMonth).Key);
        Assert.Equal([1.0, 0, 1, 0], dashboard.Retention.Select(r => r.Retention));
        Assert.Equal(1, dashboard.PredictedCustomers);
    }

    [Fact]
    public async Task GetAsync_UnknownChannel_RejectedNamingTheChannels()
    {
        await using var world = await EconomicsWorld.StartAsync();
        await world.Host.Get<EconomicsService>().RunAsync(null, Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => world.Host.Get<EconomicsDashboardService>().GetAsync(January, April, "TV", Ct));

        Assert.Equal(["channel"], error.Errors.Keys);
        Assert.Contains("Email, Organic Search, Paid Search", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_BeforeTheFirstRun_EmptyButNamesTheCurrency()
    {
        await using var world = await EconomicsWorld.StartAsync();

        var dashboard = await world.Host.Get<EconomicsDashboardService>().GetAsync(null, null, null, Ct);

        Assert.Null(dashboard.ComputedAt);
        Assert.Equal("USD", dashboard.Currency);
        Assert.Equal((new DateOnly(2025, 5, 1), new DateOnly(2026, 4, 1)), (dashboard.From, dashboard.To));
        Assert.Empty(dashboard.Channels);
        Assert.Empty(dashboard.Retention);
        Assert.Empty(dashboard.ClvBins);
    }
}
