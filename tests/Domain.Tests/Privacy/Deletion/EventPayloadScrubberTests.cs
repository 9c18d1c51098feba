using System.Text.Json.Nodes;
using Lodestar.Domain.Privacy.Deletion;

namespace Lodestar.Domain.Tests.Privacy.Deletion;

public sealed class EventPayloadScrubberTests
{
    private static readonly string[] Values = ["ada@example.com", "Ada Lovelace", "+15550102233", "u-1"];

    [Fact]
    public void Anonymise_IdentifyingPartsGoneAndValuesErasedEverywhere_TheRestKept()
    {
        const string raw = """
            {"type":"track","userId":"u-1","anonymousId":"a-1","previousId":"p","event":"Order Completed","traits":{"x":1},
             "properties":{"revenue":42,"email":"ada@example.com","note":"for ADA LOVELACE","tags":["vip","ada@example.com"],"phone":5550102233,"items":[{"sku":"S1"}]},
             "context":{"ip":"192.0.2.1","userAgent":"UA","traits":{"email":"ada@example.com"},"externalIds":[{"id":"42","type":"crm_contact_id"}],
                        "device":{"id":"d-1","model":"Pixel"},"page":{"url":"https://shop.example/?e=ada%40example.com","title":"Checkout"}}}
            """;

        var result = JsonNode.Parse(EventPayloadScrubber.Anonymise(raw, Values, "erased-1", "US"))!;

        Assert.Equal("erased-1", result["anonymousId"]!.GetValue<string>());
        Assert.Null(result["userId"]);
        Assert.Null(result["previousId"]);
        Assert.Null(result["traits"]);
        Assert.Null(result["properties"]!["email"]);
        Assert.Null(result["context"]!["ip"]);
        Assert.Null(result["context"]!["traits"]);
        Assert.Null(result["context"]!["externalIds"]);
        Assert.Null(result["context"]!["device"]!["id"]);
        Assert.Equal("Pixel", result["context"]!["device"]!["model"]!.GetValue<string>());
        Assert.Equal(EventPayloadScrubber.Erased, result["properties"]!["note"]!.GetValue<string>());
        Assert.Equal(["vip", EventPayloadScrubber.Erased], result["properties"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(EventPayloadScrubber.Erased, result["context"]!["page"]!["url"]!.GetValue<string>());
        Assert.Equal(42, result["properties"]!["revenue"]!.GetValue<int>());
        Assert.Equal("S1", result["properties"]!["items"]![0]!["sku"]!.GetValue<string>());
        Assert.Equal("Order Completed", result["event"]!.GetValue<string>());
    }

    [Fact]
    public void Scrub_OnlyThePersonsValuesChange()
    {
        const string raw = """{"userId":"u-2","traits":{"email":"ada@example.com","name":"Grace"},"properties":{"phone":"(555) 010-2233"}}""";

        var result = JsonNode.Parse(EventPayloadScrubber.Scrub(raw, Values, "US"))!;

        Assert.Equal("u-2", result["userId"]!.GetValue<string>());
        Assert.Equal("Grace", result["traits"]!["name"]!.GetValue<string>());
        Assert.Equal(EventPayloadScrubber.Erased, result["traits"]!["email"]!.GetValue<string>());
        Assert.Equal(EventPayloadScrubber.Erased, result["properties"]!["phone"]!.GetValue<string>());
    }

    [Fact]
    public void Scrub_NothingOfThePerson_TheSameText()
    {
        const string raw = """{"userId":"u-2", "properties":{"a":1}}""";

        Assert.Same(raw, EventPayloadScrubber.Scrub(raw, Values, "US"));
    }

    [Theory]
    [InlineData("ADA@EXAMPLE.COM", true)]
    [InlineData("https://x/?u=ada%40example.com", true)]
    [InlineData("555-010-2233", true)]
    [InlineData("grace@example.com", false)]
    [InlineData(null, false)]
    public void Mentions_CaseUrlEncodingAndPhoneFormats(string? text, bool expected)
    {
        Assert.Equal(expected, EventPayloadScrubber.Mentions(text, Values, "US"));
    }
}
