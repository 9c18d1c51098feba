using System.Text;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class SqliteDateTimeTextTests
{
    [Theory]
    [InlineData("2026-04-28 13:33:50", 0L)]
    [InlineData("2026-04-28 13:33:50.4", 4_000_000L)]
    [InlineData("2026-04-28 13:33:50.487", 4_870_000L)]
    [InlineData("2026-04-28 13:33:50.4870001", 4_870_001L)]
    public void Parse_TextSqliteStores_GivesTheUtcValueToTheTick(string text, long fractionTicks)
    {
        var value = SqliteDateTimeText.Parse(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new DateTime(2026, 4, 28, 13, 33, 50, DateTimeKind.Utc).AddTicks(fractionTicks), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void Parse_EveryFormatMicrosoftDataSqliteWrites_RoundTrips()
    {
        var start = new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc);
        foreach (var ticks in new[] { 0L, 1, 10, 1_230_000, 9_999_999 })
        {
            var expected = start.AddTicks(ticks);
            // What the provider writes for a DateTime parameter or column.
            var text = expected.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(expected, SqliteDateTimeText.Parse(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Theory]
    [InlineData("2026-04-28T13:33:50Z")]
    [InlineData("2026-04-28T15:33:50+02:00")]
    public void Parse_OtherIsoText_FallsBackToTheGeneralParser(string text)
    {
        var value = SqliteDateTimeText.Parse(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new DateTime(2026, 4, 28, 13, 33, 50, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Theory]
    [InlineData("2026-02-30 10:00:00")]
    [InlineData("not a date")]
    public void Parse_InvalidText_Throws(string text)
    {
        Assert.Throws<FormatException>(() => SqliteDateTimeText.Parse(Encoding.UTF8.GetBytes(text)));
    }
}
