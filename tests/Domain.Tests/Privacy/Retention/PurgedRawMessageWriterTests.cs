using System.Text.Json.Nodes;
using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy.Retention;

namespace Lodestar.Domain.Tests.Privacy.Retention;

public sealed class PurgedRawMessageWriterTests
{
    private static readonly DateTime At = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Write_TrackEvent_PromotedFieldsInTheirSegmentPlacesUnderTheMarker()
    {
        var fields = new PromotedFields(7, MessageType.Track, "m-7", "Order Completed", "u-1", "a-1", null, null, "ann@example.com", "+15550100",
            "dev-1", """[{"id":"42","type":"crm_contact_id"}]""", At, At.AddSeconds(-5), At.AddSeconds(-1), At.AddSeconds(1), "google", "cpc", null,
            "https://example.com/", false);

        var raw = PurgedRawMessageWriter.Write(fields, At.AddDays(30));

        Assert.StartsWith(PurgedRawMessageWriter.Prefix, raw);
        var json = JsonNode.Parse(raw)!;
        Assert.Equal("2026-03-31T09:00:00.000Z", (string?)json["retention"]!["rawPurgedAt"]);
        Assert.Equal(("track", "m-7", "Order Completed", "u-1", "a-1"),
            ((string?)json["type"], (string?)json["messageId"], (string?)json["event"], (string?)json["userId"], (string?)json["anonymousId"]));
        Assert.Equal("+15550100", (string?)json["context"]!["traits"]!["phone"]);
        Assert.Contains("\"phone\":\"+15550100\"", raw);
        Assert.Equal("crm_contact_id", (string?)json["context"]!["externalIds"]![0]!["type"]);
        Assert.Equal(("google", "cpc"), ((string?)json["context"]!["campaign"]!["source"], (string?)json["context"]!["campaign"]!["medium"]));
        Assert.Null(json["context"]!["campaign"]!["name"]);
        Assert.Null(json["properties"]);
        Assert.Null(json["groupId"]);
    }

    [Fact]
    public void Write_Page_NameNotEvent()
    {
        var fields = new PromotedFields(1, MessageType.Page, "m-1", "Home", null, "a-1", null, null, null, null, null, null, At, null, null, At,
            null, null, null, null, false);

        var json = JsonNode.Parse(PurgedRawMessageWriter.Write(fields, At))!;

        Assert.Equal(("page", "Home"), ((string?)json["type"], (string?)json["name"]));
        Assert.Null(json["event"]);
        Assert.Empty(json["context"]!.AsObject());
    }
}
