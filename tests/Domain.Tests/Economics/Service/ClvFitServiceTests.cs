using Lodestar.Domain.Economics;
using Lodestar.Domain.Economics.Clv;
using Lodestar.Domain.Tests.Segments;

namespace Lodestar.Domain.Tests.Economics.Service;

/// <summary>
/// ann buys on 2026-01-01, 01-15 and 02-10; bo on 01-05 and 02-20; cy on 01-10. Calibrated to 01-31: ann bought again
/// once, bo and cy not; in February ann and bo buy once each.
/// </summary>
public sealed class ClvFitServiceTests
{
    private static readonly DateOnly January31 = new(2026, 1, 31);

    private static CancellationToken Ct => SegmentWorld.Ct;

    private static async Task<SegmentWorld> StartAsync()
    {
        var world = await SegmentWorld.StartAsync(withPeople: false);
        string Order(string user, string day) =>
            $$$"""{"type":"track","userId":"{{{user}}}","event":"Order Completed","timestamp":"{{{day}}}T10:00:00Z","properties":{"revenue":20}}""";
        await world.SendAsync(Order("ann", "2026-01-01"), Order("ann", "2026-01-15"), Order("ann", "2026-02-10"),
            Order("bo", "2026-01-05"), Order("bo", "2026-02-20"), Order("cy", "2026-01-10"));
        return world;
    }

    [Fact]
    public async Task FitAsync_NoHoldoutEnd_HoldoutRunsToTheLastPurchase()
    {
        await using var world = await StartAsync();

        var fit = await world.Host.Get<ClvFitService>().FitAsync(January31, ClvTimeUnit.Week, null, Ct);

        Assert.Equal(new DateOnly(2026, 2, 20), fit.HoldoutEnd);
        var check = Assert.IsType<ClvHoldoutCheck>(fit.Holdout);
        Assert.Equal(20 / 7.0, check.Length, 1e-12);
        Assert.Equal((3, 2), (check.Customers, check.ActualPurchases));
        Assert.Equal([(0, 2, 0.5), (1, 1, 1.0)], check.Rows.Select(r => (r.Frequency, r.Customers, r.ActualMean)));
        var m = fit.BgNbd.Parameters;
        Assert.Equal(BgNbdCalculator.ConditionalExpectedPurchases(m, 20 / 7.0, 1, 2, 30 / 7.0), check.Rows[1].PredictedMean, 1e-12);
    }

    [Fact]
    public async Task FitAsync_HoldoutEnd_LaterPurchasesLeftOut()
    {
        await using var world = await StartAsync();

        var fit = await world.Host.Get<ClvFitService>().FitAsync(January31, ClvTimeUnit.Day, new DateOnly(2026, 2, 15), Ct);

        Assert.Equal((15.0, 1), (fit.Holdout!.Length, fit.Holdout.ActualPurchases));
        Assert.Equal([0.0, 1.0], fit.Holdout.Rows.Select(r => r.ActualMean));
    }

    [Fact]
    public async Task FitAsync_NoPurchaseAfterTheCalibrationEnd_NoHoldout()
    {
        await using var world = await StartAsync();

        var fit = await world.Host.Get<ClvFitService>().FitAsync(new DateOnly(2026, 2, 20), ClvTimeUnit.Week, null, Ct);

        Assert.Equal((3, null, null), (fit.Customers, fit.HoldoutEnd, fit.Holdout));
    }

    [Theory]
    [InlineData("2026-01-31")]
    [InlineData("2026-01-20")]
    public async Task FitAsync_HoldoutEndNotAfterTheCalibrationEnd_NamesHoldoutEnd(string holdoutEnd)
    {
        await using var world = await StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            world.Host.Get<ClvFitService>().FitAsync(January31, ClvTimeUnit.Week, DateOnly.Parse(holdoutEnd, System.Globalization.CultureInfo.InvariantCulture), Ct));

        Assert.Equal(["holdoutEnd"], error.Errors.Keys);
        Assert.Contains("after it", error.Errors["holdoutEnd"][0], StringComparison.Ordinal);
    }
}
