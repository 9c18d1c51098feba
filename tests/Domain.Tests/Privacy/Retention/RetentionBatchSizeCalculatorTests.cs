using Lodestar.Domain.Privacy.Retention;

namespace Lodestar.Domain.Tests.Privacy.Retention;

public sealed class RetentionBatchSizeCalculatorTests
{
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(40);

    [Fact]
    public void Size_New_StartsSmallNeverAboveTheMaximum()
    {
        Assert.Equal(200, new RetentionBatchSizeCalculator(5_000, Target).Size);
        Assert.Equal(2, new RetentionBatchSizeCalculator(2, Target).Size);
    }

    [Fact]
    public void Record_SteadyCostPerRow_ConvergesOnTheRowsThatFitTheTarget()
    {
        var sizes = new RetentionBatchSizeCalculator(5_000, Target);

        for (var i = 0; i < 20; i++)
            sizes.Record(sizes.Size, TimeSpan.FromMilliseconds(sizes.Size * 0.04));

        Assert.InRange(sizes.Size, 995, 1_000);
    }

    [Fact]
    public void Record_SlowTransaction_ShrinksHalfWayTowardsWhatFits()
    {
        var sizes = new RetentionBatchSizeCalculator(5_000, Target);

        sizes.Record(200, TimeSpan.FromMilliseconds(400));

        Assert.Equal(110, sizes.Size);
    }

    [Fact]
    public void Record_FastTransactions_GrowToTheMaximumAndNoFurther()
    {
        var sizes = new RetentionBatchSizeCalculator(5_000, Target);

        for (var i = 0; i < 10; i++)
            sizes.Record(sizes.Size, TimeSpan.FromMilliseconds(0.5));

        Assert.Equal(5_000, sizes.Size);
    }

    [Fact]
    public void Record_VerySlowTransactions_NeverBelowTheMinimum()
    {
        var sizes = new RetentionBatchSizeCalculator(5_000, Target);

        for (var i = 0; i < 10; i++)
            sizes.Record(sizes.Size, TimeSpan.FromSeconds(30));

        Assert.Equal(50, sizes.Size);
    }

    [Fact]
    public void Record_NothingDone_KeepsTheSize()
    {
        var sizes = new RetentionBatchSizeCalculator(5_000, Target);

        sizes.Record(0, TimeSpan.FromSeconds(1));

        Assert.Equal(200, sizes.Size);
    }
}
