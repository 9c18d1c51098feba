using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using static Lodestar.Domain.Tests.Ingestion.NormalizerHarness;

namespace Lodestar.Domain.Tests.Ingestion;

public sealed class MessageNormalizerTests
{
    [Fact]
    public void Normalize_TimestampAndSentAt_RemovesClientClockSkew()
    {
        // The client's clock is 10 minutes fast: it says it sent at 12:10 an action it stamped 12:05.
        var e = Accepted("""{"userId":"u1","event":"Clicked","timestamp":"2026-03-01T12:05:00Z","sentAt":"2026-03-01T12:10:00Z"}""");

        Assert.Equal(ReceivedAt.AddMinutes(-5), e.Timestamp);
        Assert.Equal(new DateTime(2026, 3, 1, 12, 5, 0, DateTimeKind.Utc), e.OriginalTimestamp);
        Assert.Equal("2026-03-01T11:55:00.000Z", At(e, "timestamp"));
        Assert.Equal("2026-03-01T12:05:00Z", At(e, "originalTimestamp"));
        Assert.Equal("2026-03-01T12:00:00.000Z", At(e, "receivedAt"));
    }

    [Fact]
    public void Normalize_TimestampWithoutSentAt_KeepsClientTimestamp()
    {
        var e = Accepted("""{"userId":"u1","event":"Imported","timestamp":"2025-06-30T08:00:00+02:00"}""");

        Assert.Equal(new DateTime(2025, 6, 30, 6, 0, 0, DateTimeKind.Utc), e.Timestamp);
    }

    [Fact]
    public void Normalize_NoTimestamp_UsesReceivedAt()
    {
        var e = Accepted("""{"anonymousId":"a1","event":"Clicked","sentAt":"2026-03-01T12:10:00Z"}""");

        Assert.Equal(ReceivedAt, e.Timestamp);
        Assert.Null(e.OriginalTimestamp);
    }

    [Fact]
    public void Normalize_OriginalTimestampInsteadOfTimestamp_IsTheClientTime()
    {
        var e = Accepted("""{"userId":"u1","event":"E","originalTimestamp":"2026-03-01T11:00:00Z","sentAt":"2026-03-01T11:30:00Z"}""");

        Assert.Equal(ReceivedAt.AddMinutes(-30), e.Timestamp);
    }

    [Fact]
    public void Normalize_BatchContext_MergedIntoEachMessageWithMessageValuesWinning()
    {
        var (ok, events, _) = Batch("""
            {"batch":[
               {"type":"track","userId":"u1","event":"A","context":{"library":{"name":"mine"},"page":{"path":"/a"}}},
               {"type":"track","userId":"u2","event":"B"}],
             "context":{"library":{"name":"analytics-node","version":"3.1.0"},"locale":"de-DE"},
             "integrations":{"All":true,"Mixpanel":false}}
            """);

        Assert.True(ok);
        Assert.Equal("mine", At(events[0], "context.library.name"));
        Assert.Equal("3.1.0", At(events[0], "context.library.version"));
        Assert.Equal("/a", At(events[0], "context.page.path"));
        Assert.Equal("de-DE", At(events[0], "context.locale"));
        Assert.Equal("analytics-node", At(events[1], "context.library.name"));
        Assert.Equal("false", At(events[1], "integrations.Mixpanel"));
    }

    [Fact]
    public void Normalize_NoContextIp_FillsRequestIp()
    {
        var e = Accepted("""{"userId":"u1","event":"E"}""");

        Assert.Equal("203.0.113.9", At(e, "context.ip"));
    }

    [Fact]
    public void Normalize_ContextIpGiven_KeepsClientValue()
    {
        var e = Accepted("""{"userId":"u1","event":"E","context":{"ip":"192.0.2.1"}}""");

        Assert.Equal("192.0.2.1", At(e, "context.ip"));
        Assert.Single(RawOf(e)["context"]!.AsObject(), p => p.Key == "ip");
    }

    [Fact]
    public void Normalize_NoMessageId_GeneratesOne()
    {
        var e = Accepted("""{"userId":"u1","event":"E"}""");

        Assert.StartsWith("api-", e.MessageId);
        Assert.Equal(e.MessageId, At(e, "messageId"));
    }

    [Fact]
    public void Normalize_WriteKeyInBody_NotKeptInStoredMessage()
    {
        var e = Accepted("""{"writeKey":"secret","userId":"u1","event":"E"}""");

        Assert.False(RawOf(e).ContainsKey("writeKey"));
    }

    [Fact]
    public void Normalize_RouteType_OverridesAndRecordsType()
    {
        var e = Accepted("""{"type":"track","userId":"u1","name":"Pricing"}""", TrackingRoute.Page);

        Assert.Equal(MessageType.Page, e.Type);
        Assert.Equal("Pricing", e.Name);
        Assert.Equal("page", At(e, "type"));
    }

    [Fact]
    public void Normalize_NumericUserId_StoredAsText()
    {
        var e = Accepted("""{"userId":12345,"event":"E"}""");

        Assert.Equal("12345", e.UserId);
    }

    [Fact]
    public void Normalize_KnownFields_PromotedToColumns()
    {
        var e = Accepted("""
            {"userId":"u1","anonymousId":"a1","event":"Signed Up","properties":{"email":"p@example.com"},
             "context":{"traits":{"email":" Ada@Example.com "},"campaign":{"source":"google","medium":"cpc","name":"brand"},
                        "page":{"referrer":"https://www.google.com/"}}}
            """);

        Assert.Equal(("u1", "a1", "Signed Up"), (e.UserId, e.AnonymousId, e.Name));
        Assert.Equal("Ada@Example.com", e.Email);
        Assert.Equal(("google", "cpc", "brand"), (e.CampaignSource, e.CampaignMedium, e.CampaignName));
        Assert.Equal("https://www.google.com/", e.Referrer);
        Assert.Equal(7, e.SourceId);
        Assert.Equal(ReceivedAt, e.ReceivedAt);
    }
}
