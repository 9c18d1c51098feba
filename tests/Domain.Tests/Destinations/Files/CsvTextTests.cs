using Lodestar.Domain.Destinations.Files;

namespace Lodestar.Domain.Tests.Destinations.Files;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("Ada", "Ada")]
    [InlineData("pro, annual", "\"pro, annual\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+61 412 345 678", "'+61 412 345 678")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("+14155550132", "+14155550132")]
    public void Field_Value_QuotedAndFormulasNeutralised(string? value, string expected) => Assert.Equal(expected, CsvText.Field(value));

    [Fact]
    public void Line_EmptyFirstAndLastCells_CommasKept() => Assert.Equal(",b,\r\n", CsvText.Line([null, "b", ""]));
}
