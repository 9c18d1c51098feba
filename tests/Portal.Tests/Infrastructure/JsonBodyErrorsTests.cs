using System.Text.Json;
using System.Text.Json.Serialization;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Tests.Infrastructure;

public sealed class JsonBodyErrorsTests
{
    public enum Shade
    {
        DeepBlue,
        Green,
    }

    public sealed record Item(string? Name, int? Count, bool Active, DateTime? At, Guid Id, Shade Shade, [property: JsonPropertyName("price_eur")] decimal Price);

    public sealed record Needs([property: JsonRequired] string Name);

    public sealed record Order(IReadOnlyList<Item?>? Items, List<int>? Numbers, Item? Main);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static string Describe(string json, Type? bodyType = null)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Order>(json, Web));
        return JsonBodyErrors.Describe(exception, bodyType ?? typeof(Order));
    }

    [Theory]
    [InlineData("""{"items":[{"count":"ten"}]}""", "items[0].count should be a whole number.")]
    [InlineData("""{"items":[{"active":"yes"}]}""", "items[0].active should be true or false.")]
    [InlineData("""{"main":{"at":"soon"}}""", "main.at should be a date and time such as \"2026-05-04T10:00:00Z\".")]
    [InlineData("""{"main":{"id":"x"}}""", "main.id should be an id such as \"3f2b8c1e-…\".")]
    [InlineData("""{"main":{"shade":"red"}}""", "main.shade should be one of \"deepBlue\", \"green\".")]
    [InlineData("""{"main":{"price_eur":"cheap"}}""", "main.price_eur should be a number.")]
    [InlineData("""{"numbers":5}""", "numbers should be a list.")]
    [InlineData("""{"main":[]}""", "main should be an object.")]
    [InlineData("""[1]""", "the body should be an object.")]
    public void Describe_ValueOfTheWrongType_NamesTheFieldAndWhatItShouldBe(string json, string expected)
    {
        Assert.Equal("The request body is not valid: " + expected, Describe(json));
    }

    [Fact]
    public void Describe_BodyTypeUnknown_NamesTheFieldOnly()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Order>("""{"items":[{"count":"ten"}]}""", Web));

        Assert.Equal("The request body is not valid: items[0].count has a value of the wrong kind.", JsonBodyErrors.Describe(exception, null));
    }

    [Theory]
    [InlineData("""{"items": [}""", "'}' is an invalid start of a value (line 1, character 12).")]
    [InlineData("{\n  \"main\": {,\n}", "'%' is an invalid start of a property name. Expected a '\"' (line 2, character 12).")]
    public void Describe_NotJson_SaysWhatBrokeAndWhere(string json, string expected)
    {
        Assert.Equal("The request body is not valid JSON: " + expected.Replace('%', ','), Describe(json));
    }

    [Fact]
    public void Describe_RequiredPropertyMissing_NamesIt()
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Needs>("""{}""", Web));

        Assert.StartsWith("The request body is not valid: JSON deserialization for type", JsonBodyErrors.Describe(exception, typeof(Needs)));
        Assert.EndsWith("missing required properties including: 'name'.", JsonBodyErrors.Describe(exception, typeof(Needs)));
    }

    [Fact]
    public void Describe_Empty_AsksForAJsonObject()
    {
        Assert.Equal("The request body is empty: send a JSON object.", Describe(""));
    }
}
