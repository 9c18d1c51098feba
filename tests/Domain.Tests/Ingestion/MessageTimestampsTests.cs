using Lodestar.Domain.Ingestion;

namespace Lodestar.Domain.Tests.Ingestion;

public sealed class MessageTimestampsTests
{
    private static readonly DateTime ReceivedAt = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Resolve_ClientClockBehind_MovesTimestampForward()
    {
        var original = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var sent = new DateTimeOffset(2026, 5, 1, 9, 1, 0, TimeSpan.Zero);

        Assert.Equal(ReceivedAt.AddMinutes(-1), MessageTimestamps.Resolve(ReceivedAt, original, sent));
    }

    [Fact]
    public void Resolve_OnlyOriginal_ReturnsItInUtc()
    {
        var original = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(2));

        var resolved = MessageTimestamps.Resolve(ReceivedAt, original, null);

        Assert.Equal(new DateTime(2026, 5, 1, 7, 0, 0, DateTimeKind.Utc), resolved);
        Assert.Equal(DateTimeKind.Utc, resolved.Kind);
    }

    [Fact]
    public void Resolve_NoClientTimes_ReturnsReceivedAt() =>
        Assert.Equal(ReceivedAt, MessageTimestamps.Resolve(ReceivedAt, null, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)));
}
