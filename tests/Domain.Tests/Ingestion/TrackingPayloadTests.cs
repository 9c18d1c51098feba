using System.Text;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Domain.Tests.Ingestion;

public sealed class TrackingPayloadTests
{
    private static TrackingPayload Parse(string json, TrackingRoute route = TrackingRoute.Batch) =>
        TrackingPayload.Parse(Encoding.UTF8.GetBytes(json), route);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"userId\":", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{\"userId\":\"a\",\"userId\":\"b\",\"event\":\"E\"}", "not valid JSON")]
    public void Parse_MalformedSingleBody_Invalid(string json, string expected)
    {
        using var payload = Parse(json, TrackingRoute.Track);

        Assert.Equal(IngestionError.Invalid, payload.Error);
        Assert.Contains(expected, payload.ErrorMessage);
    }

    [Theory]
    [InlineData("{}", "needs a 'batch' array")]
    [InlineData("{\"batch\":{}}", "needs a 'batch' array")]
    [InlineData("{\"batch\":[]}", "is empty")]
    [InlineData("{\"batch\":[{}],\"context\":\"x\"}", "must be JSON objects")]
    [InlineData("{\"batch\":[{}],\"sentAt\":\"soon\"}", "'sentAt' must be an ISO-8601 date")]
    public void Parse_MalformedBatch_Invalid(string json, string expected)
    {
        using var payload = Parse(json);

        Assert.Equal(IngestionError.Invalid, payload.Error);
        Assert.Contains(expected, payload.ErrorMessage);
    }

    [Fact]
    public void Parse_BatchOver2500Messages_TooLarge()
    {
        var items = string.Join(",", Enumerable.Repeat("{}", 2501));
        using var payload = Parse($$"""{"batch":[{{items}}]}""");

        Assert.Equal(IngestionError.TooLarge, payload.Error);
        Assert.Contains("2,501 messages", payload.ErrorMessage);
    }

    [Fact]
    public void Parse_Batch_ReadsMessagesEnvelopeAndWriteKey()
    {
        using var payload = Parse("""{"batch":[{},{}],"writeKey":"wk","sentAt":"2026-01-01T00:00:00Z","context":{"a":1}}""");

        Assert.Equal(IngestionError.None, payload.Error);
        Assert.True(payload.IsBatch);
        Assert.Equal(2, payload.Messages.Count);
        Assert.Equal("wk", payload.WriteKey);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), payload.Envelope.SentAt);
        Assert.NotNull(payload.Envelope.Context);
    }

    [Fact]
    public void Parse_SingleMessage_IsItsOwnMessage()
    {
        using var payload = Parse("""{"userId":"u","event":"E","writeKey":"wk"}""", TrackingRoute.Track);

        Assert.False(payload.IsBatch);
        Assert.Single(payload.Messages);
        Assert.Equal("wk", payload.WriteKey);
    }
}
