using Lodestar.Domain.Crm.Import;

namespace Lodestar.Domain.Tests.Crm.Import;

public sealed class CsvImportReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasAndNewLines_KeepsThem()
    {
        var table = CsvImportReader.Read(new StringReader("name,street\n\"Doe, Jane\",\"12 High St\nFlat 2\"\n"));

        Assert.Equal(["name", "street"], table.Columns);
        Assert.Equal(["Doe, Jane", "12 High St\nFlat 2"], Assert.Single(table.Rows));
    }

    [Theory]
    [InlineData("", "no header row")]
    [InlineData("email,Email\nx,y\n", "the column 'email' twice")]
    public void Read_UnusableFile_SaysWhatToFix(string csv, string expected)
    {
        var error = Assert.Throws<DomainValidationException>(() => CsvImportReader.Read(new StringReader(csv)));

        Assert.Contains(expected, Assert.Single(error.Errors["file"]));
    }
}
