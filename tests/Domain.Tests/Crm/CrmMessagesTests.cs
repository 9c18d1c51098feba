using System.Text.Json.Nodes;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Tests.Crm;

public sealed class CrmMessagesTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 10, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Track_WithContact_CarriesTheContactIdAsExternalIdAndDropsEmptyProperties()
    {
        var e = CrmMessages.Track("Deal Stage Changed", "crm-deal-7-stage-2", 42,
            new JsonObject { ["deal_id"] = 7, ["stage"] = "Proposal", ["reason"] = null }, sourceId: 3, Now);

        Assert.Equal((MessageType.Track, "Deal Stage Changed", 3, Now), (e.Type, e.Name, e.SourceId, e.Timestamp));
        var ids = JsonNode.Parse(e.ExternalIds!)!.AsArray();
        Assert.Equal(("42", CrmMessages.ContactIdType), (ids[0]!["id"]!.GetValue<string>(), ids[0]!["type"]!.GetValue<string>()));
        var raw = JsonNode.Parse(e.Raw)!;
        Assert.Equal("track", raw["type"]!.GetValue<string>());
        Assert.Equal("Proposal", raw["properties"]!["stage"]!.GetValue<string>());
        Assert.Null(raw["properties"]!["reason"]);
        Assert.Equal("42", raw["context"]!["externalIds"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Track_WithoutContact_HasNoIdentifiers()
    {
        var e = CrmMessages.Track("Ticket Opened", "crm-ticket-1-opened", null, new JsonObject { ["ticket_id"] = 1 }, 3, Now);

        Assert.Null(e.ExternalIds);
        Assert.Null(JsonNode.Parse(e.Raw)!["context"]!["externalIds"]);
    }
}
