using System.Text.Json;
using Lodestar.Domain.Segments.Evaluation;
using Microsoft.Data.Sqlite;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>The evaluator's copies of SQLite's arithmetic, held to the SQLite the portal runs on.</summary>
public sealed class SegmentEvaluationSqliteTests
{
    [Theory]
    [InlineData("10.5")]
    [InlineData("100.0")]
    [InlineData("1e2")]
    [InlineData("34")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("0.1")]
    [InlineData("0.30000000000000004")]
    [InlineData("123456789012345.6")]
    [InlineData("1234567890123456.7")]
    [InlineData("12345678901234567.8")]
    [InlineData("1e15")]
    [InlineData("1e16")]
    [InlineData("1e17")]
    [InlineData("-2e20")]
    [InlineData("0.0001")]
    [InlineData("0.00001")]
    [InlineData("-1.5e-7")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("123456789012345678")]
    [InlineData("99999999999999999999")]
    [InlineData("3.14159265358979")]
    public void Text_JsonNumber_IsWhatSqliteCastGives(string json)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST(json_extract('[' || $v || ']', '$[0]') AS TEXT)";
        command.Parameters.AddWithValue("$v", json);

        Assert.Equal((string)command.ExecuteScalar()!, JsonScalar.Parse(json).Text);
    }

    [Theory]
    [InlineData("[0.1,0.2,0.3]")]
    [InlineData("[1,2,3]")]
    [InlineData("[1,2.5,-0.5]")]
    [InlineData("[0.1,0.7,-0.8,1e-17]")]
    [InlineData("[100000000000000000,0.5,3]")]
    [InlineData("[4503599627370497,4503599627370497,0.5]")]
    [InlineData("[1e308,1e308,-1e308]")]
    [InlineData("[1e16,1,-1e16]")]
    public void Sum_JsonNumbers_IsWhatSqliteSumAndAvgGive(string json)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sum(value), avg(value) FROM json_each($v)";
        command.Parameters.AddWithValue("$v", json);
        using var reader = command.ExecuteReader();
        reader.Read();
        var sum = new SqliteSum();
        foreach (var value in JsonDocument.Parse(json).RootElement.EnumerateArray())
            sum.Add(JsonScalar.Parse(value.GetRawText()));

        Assert.Equal((reader.GetDouble(0), reader.GetDouble(1)), (sum.Sum!.Value, sum.Average!.Value));
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }
}
