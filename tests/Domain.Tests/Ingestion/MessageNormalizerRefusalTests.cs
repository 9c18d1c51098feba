using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using static Lodestar.Domain.Tests.Ingestion.NormalizerHarness;

namespace Lodestar.Domain.Tests.Ingestion;

public sealed class MessageNormalizerRefusalTests
{
    [Theory]
    [InlineData("""{"event":"E"}""", "needs a userId or an anonymousId")]
    [InlineData("""{"userId":"","anonymousId":null,"event":"E"}""", "needs a userId or an anonymousId")]
    [InlineData("""{"userId":"u1"}""", "needs an 'event' name")]
    [InlineData("""{"userId":"u1","event":"  "}""", "needs an 'event' name")]
    [InlineData("""{"userId":{"id":1},"event":"E"}""", "'userId' must be a string")]
    [InlineData("""{"userId":"u1","event":"E","properties":[1,2]}""", "'properties' must be a JSON object")]
    [InlineData("""{"userId":"u1","event":"E","context":"web"}""", "'context' must be a JSON object")]
    [InlineData("""{"userId":"u1","event":"E","timestamp":"yesterday"}""", "'timestamp' must be an ISO-8601 date")]
    [InlineData("""{"userId":"u1","event":"E","timestamp":1700000000}""", "'timestamp' must be an ISO-8601 date")]
    [InlineData("""{"userId":"u1","event":"E","timestamp":"1969-12-31T00:00:00Z"}""", "before 1970-01-01")]
    public void Normalize_InvalidTrack_RefusedNamingTheField(string json, string expected)
    {
        var result = Single(json);

        Assert.Null(result.Event);
        Assert.Equal(IngestionError.Invalid, result.Error);
        Assert.Contains(expected, result.Message);
    }

    [Fact]
    public void Normalize_GroupWithoutGroupId_Refused() =>
        Assert.Contains("needs a 'groupId'", Single("""{"userId":"u1","traits":{}}""", TrackingRoute.Group).Message);

    [Fact]
    public void Normalize_AliasWithoutPreviousId_Refused() =>
        Assert.Contains("'previousId' and 'userId'", Single("""{"userId":"u1"}""", TrackingRoute.Alias).Message);

    [Fact]
    public void Normalize_MessageIdOver100Characters_Refused()
    {
        var result = Single($$"""{"userId":"u1","event":"E","messageId":"{{new string('m', 101)}}"}""");

        Assert.Contains("'messageId' is longer than 100", result.Message);
    }

    [Fact]
    public void Normalize_MessageOver32KB_RefusedAsTooLarge()
    {
        var result = Single($$$"""{"userId":"u1","event":"E","properties":{"blob":"{{{new string('x', 33 * 1024)}}}"}}""");

        Assert.Equal(IngestionError.TooLarge, result.Error);
        Assert.Contains("larger than 32 KB", result.Message);
    }

    [Fact]
    public void TryNormalizeAll_OneBadMessageInBatch_RefusesNamingItsIndex()
    {
        var (ok, _, refusal) = Batch("""{"batch":[{"type":"track","userId":"u","event":"E"},{"type":"track","userId":"u"}]}""");

        Assert.False(ok);
        Assert.StartsWith("batch[1] is a track call and needs an 'event' name", refusal.Message);
    }

    [Fact]
    public void TryNormalizeAll_UnknownTypeInBatch_Refused()
    {
        var (ok, _, refusal) = Batch("""{"batch":[{"type":"purchase","userId":"u"}]}""");

        Assert.False(ok);
        Assert.Contains("'type' must be one of identify, track, page, screen, group, alias", refusal.Message);
    }

    [Fact]
    public void TryNormalizeAll_AllSixTypes_Accepted()
    {
        var (ok, events, refusal) = Batch("""
            {"batch":[
              {"type":"identify","userId":"u","traits":{"email":"u@example.com"}},
              {"type":"track","userId":"u","event":"E"},
              {"type":"page","anonymousId":"a","name":"Home"},
              {"type":"screen","anonymousId":"a","name":"Feed"},
              {"type":"group","userId":"u","groupId":"g1"},
              {"type":"alias","userId":"u","previousId":"a"}]}
            """);

        Assert.True(ok, refusal.Message);
        Assert.Equal([MessageType.Identify, MessageType.Track, MessageType.Page, MessageType.Screen, MessageType.Group, MessageType.Alias],
            events.Select(e => e.Type));
        Assert.Equal("u@example.com", events[0].Email);
        Assert.Equal("g1", events[4].GroupId);
        Assert.Equal("a", events[5].PreviousId);
    }
}
