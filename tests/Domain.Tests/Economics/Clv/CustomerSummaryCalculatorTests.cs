using Lodestar.Domain.Economics.Clv;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class CustomerSummaryCalculatorTests
{
    private static readonly DateOnly CalibrationEnd = new(2024, 3, 31);

    private static ClvPurchase Buy(string customer, string utc, long amount) =>
        new(customer, DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), amount);

    [Fact]
    public void Summarize_RawCdnowPurchases_EqualsThePublishedSummary()
    {
        var summaries = CustomerSummaryCalculator.Summarize(CdnowSample.Purchases(), CdnowSample.CalibrationEnd, ClvTimeUnit.Week, CdnowSample.HoldoutEnd);
        var published = CdnowSummaries.FullPrecision.ToDictionary(c => c.CustomerKey);

        Assert.Equal(2357, summaries.Count);
        Assert.Equal(2457, summaries.Sum(c => c.Frequency));
        Assert.Equal(1882, summaries.Sum(c => c.HoldoutFrequency));
        Assert.All(summaries, c =>
        {
            var p = published[c.CustomerKey];
            Assert.Equal((p.FirstPurchase, p.Frequency, p.HoldoutFrequency, p.HoldoutAmount), (c.FirstPurchase, c.Frequency, c.HoldoutFrequency, c.HoldoutAmount));
            Assert.Equal(p.Recency, c.Recency, 1e-6);
            Assert.Equal(p.Age, c.Age, 1e-6);
            Assert.Equal(p.MonetaryValue, c.MonetaryValue, 0.006); // published m_x has 4 decimals of a dollar
        });
    }

    [Fact]
    public void Summarize_SameDayPurchases_OneOccasionOfTheirSum()
    {
        var summaries = CustomerSummaryCalculator.Summarize(
        [
            Buy("a", "2024-01-01T09:00:00", 1000),
            Buy("a", "2024-01-08T08:00:00", 500), Buy("a", "2024-01-08T20:00:00", 700),
            Buy("a", "2024-01-15T23:59:59", 300), Buy("a", "2024-01-16T00:00:01", 100),
        ], CalibrationEnd, ClvTimeUnit.Week);

        var a = Assert.Single(summaries);
        Assert.Equal(3, a.Frequency);
        Assert.Equal((1200 + 300 + 100) / 3.0, a.MonetaryValue, 1e-12);
        Assert.Equal(15 / 7.0, a.Recency, 1e-12);
        Assert.Equal(new DateOnly(2024, 1, 1), a.FirstPurchase);
    }

    [Fact]
    public void Summarize_CalibrationEndDay_IsInsideAndAgeRunsToIt()
    {
        var summaries = CustomerSummaryCalculator.Summarize(
            [Buy("a", "2024-03-01T10:00:00", 100), Buy("a", "2024-03-31T23:00:00", 200), Buy("a", "2024-04-01T00:30:00", 400)],
            CalibrationEnd, ClvTimeUnit.Day, holdoutEnd: new DateOnly(2024, 4, 30));

        var a = Assert.Single(summaries);
        Assert.Equal((1, 30.0, 30.0, 200.0), (a.Frequency, a.Recency, a.Age, a.MonetaryValue));
        Assert.Equal((1, 400L), (a.HoldoutFrequency, a.HoldoutAmount));
    }

    [Fact]
    public void Summarize_FirstPurchaseAfterCalibration_NotACustomerYet()
    {
        var summaries = CustomerSummaryCalculator.Summarize(
            [Buy("late", "2024-04-02T10:00:00", 100), Buy("early", "2024-03-31T10:00:00", 100)], CalibrationEnd, ClvTimeUnit.Week,
            holdoutEnd: new DateOnly(2024, 6, 30));

        Assert.Equal(["early"], summaries.Select(s => s.CustomerKey));
        Assert.Equal((0, 0.0, 0.0), (summaries[0].Frequency, summaries[0].Age, summaries[0].MonetaryValue));
    }

    [Fact]
    public void Summarize_WithoutHoldout_LaterPurchasesIgnored()
    {
        var summaries = CustomerSummaryCalculator.Summarize(
            [Buy("a", "2024-01-01T10:00:00", 100), Buy("a", "2024-05-01T10:00:00", 100)], CalibrationEnd, ClvTimeUnit.Week);

        Assert.Equal((0, 0, 0L), (summaries[0].Frequency, summaries[0].HoldoutFrequency, summaries[0].HoldoutAmount));
    }

    [Fact]
    public void Summarize_PurchasesAfterHoldoutEnd_Ignored()
    {
        var summaries = CustomerSummaryCalculator.Summarize(
            [Buy("a", "2024-01-01T10:00:00", 100), Buy("a", "2024-04-10T10:00:00", 100), Buy("a", "2024-05-01T10:00:00", 100)],
            CalibrationEnd, ClvTimeUnit.Week, holdoutEnd: new DateOnly(2024, 4, 30));

        Assert.Equal((1, 100L), (summaries[0].HoldoutFrequency, summaries[0].HoldoutAmount));
    }

    [Fact]
    public void Summarize_InMonths_DaysOverMeanMonth()
    {
        var summaries = CustomerSummaryCalculator.Summarize([Buy("a", "2023-03-31T10:00:00", 100)], CalibrationEnd, ClvTimeUnit.Month);

        Assert.Equal(366 / (365.25 / 12), summaries[0].Age, 1e-12);
    }

    [Fact]
    public void Summarize_HoldoutEndingBeforeCalibration_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            CustomerSummaryCalculator.Summarize([], CalibrationEnd, ClvTimeUnit.Week, holdoutEnd: CalibrationEnd.AddDays(-1)));
}
