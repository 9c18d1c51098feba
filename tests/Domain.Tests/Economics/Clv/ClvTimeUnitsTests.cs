using Lodestar.Domain.Economics.Clv;

namespace Lodestar.Domain.Tests.Economics.Clv;

public sealed class ClvTimeUnitsTests
{
    [Theory]
    [InlineData(ClvTimeUnit.Day, 30.4375)]
    [InlineData(ClvTimeUnit.Week, 4.348214285714286)]
    [InlineData(ClvTimeUnit.Month, 1)]
    public void PerMonth_EachUnit_MeanGregorianMonthInThatUnit(ClvTimeUnit unit, double expected) =>
        Assert.Equal(expected, ClvTimeUnits.PerMonth(unit), 1e-12);

    [Theory]
    [InlineData("week", ClvTimeUnit.Week)]
    [InlineData("Weeks", ClvTimeUnit.Week)]
    [InlineData(" day ", ClvTimeUnit.Day)]
    [InlineData("MONTH", ClvTimeUnit.Month)]
    public void TryParse_UnitNames_Read(string text, ClvTimeUnit expected)
    {
        Assert.True(ClvTimeUnits.TryParse(text, out var unit));
        Assert.Equal(expected, unit);
    }

    [Theory]
    [InlineData("fortnight")]
    [InlineData("")]
    [InlineData("s")]
    [InlineData(null)]
    public void TryParse_OtherText_Refused(string? text) => Assert.False(ClvTimeUnits.TryParse(text, out _));
}
