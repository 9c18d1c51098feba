using System.Text.Json;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

public sealed class EventStreamBatchBuilderTests
{
    private static readonly EventFilter TracksOnly = new(
        new HashSet<MessageType> { MessageType.Track }, new HashSet<string>(), new HashSet<string>());

    [Fact]
    public void Build_NoRows_Null() => Assert.Null(EventStreamBatchBuilder.Build([], EventFilter.All, "Hook"));

    [Fact]
    public void Build_MixedRows_KeepsOrderCountsSkippedAndCoversTheWholeRange()
    {
        EventStreamRow[] rows =
        [
            new(11, MessageType.Track, "A", """{"messageId":"1"}"""),
            new(12, MessageType.Page, "Home", """{"messageId":"2"}"""),
            new(15, MessageType.Track, "B", """{"messageId":"3","integrations":{"hook":false}}"""),
            new(16, MessageType.Track, "C", """{"messageId":"4"}"""),
        ];

        var batch = EventStreamBatchBuilder.Build(rows, TracksOnly, "Hook")!;

        Assert.Equal(["""{"messageId":"1"}""", """{"messageId":"4"}"""], batch.Messages);
        Assert.Equal((11, 16, 4, 2), (batch.FirstId, batch.LastId, batch.Read, batch.Skipped));
        Assert.Equal("event-stream-7-11-16", batch.IdempotencyKey(7));
    }

    [Fact]
    public void Build_DamagedStoredMessage_SkippedNotThrown()
    {
        EventStreamRow[] rows = [new(1, MessageType.Track, "A", "{not json"), new(2, MessageType.Track, "A", """{"messageId":"ok"}""")];

        var batch = EventStreamBatchBuilder.Build(rows, EventFilter.All, "Hook")!;

        Assert.Equal(["""{"messageId":"ok"}"""], batch.Messages);
        Assert.Equal(1, batch.Skipped);
    }

    [Fact]
    public void Body_Messages_WrittenAsStoredWithSentAt()
    {
        var body = EventStreamPayload.Body(["""{"event":"Café ☕","n":1}""", """{"n":2}"""], new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc));

        using var document = JsonDocument.Parse(body);
        Assert.Equal("Café ☕", document.RootElement.GetProperty("batch")[0].GetProperty("event").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("batch")[1].GetProperty("n").GetInt32());
        Assert.Equal("2026-11-24T10:00:00Z", document.RootElement.GetProperty("sentAt").GetString());
    }
}
