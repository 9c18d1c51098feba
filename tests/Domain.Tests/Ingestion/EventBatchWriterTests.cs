using Lodestar.Domain.Data;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Tests.Ingestion;

public sealed class EventBatchWriterTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_ConcurrentRequestsSharingMessageIds_EachStoredOnceAndCountedPerRequest()
    {
        await using var host = await DomainTestHost.StartAsync();
        var writer = host.Get<IEventWriter>();

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            writer.WriteAsync([EventSinkTests.Event($"own-{i}"), EventSinkTests.Event("shared")], Ct), Ct)));

        Assert.Equal(41, results.Sum(r => r.Stored));
        Assert.Equal(39, results.Sum(r => r.Duplicates));
        await using var db = host.CreateDbContext();
        Assert.Equal(41, await db.Events.CountAsync(Ct));
    }

    [Fact]
    public async Task WriteAsync_SinkFails_ThrowsUnavailableAndRecoversForTheNextWrite()
    {
        var sinks = new FlakySinkFactory();
        var writer = new EventBatchWriter(sinks, Options.Create(new EventWriterOptions()), new EventStreamSignal(), NullLogger<EventBatchWriter>.Instance);
        await writer.StartAsync(Ct);

        await Assert.ThrowsAsync<EventStoreUnavailableException>(() => writer.WriteAsync([EventSinkTests.Event("a")], Ct));
        var second = await writer.WriteAsync([EventSinkTests.Event("b")], Ct);

        Assert.Equal(new EventWriteResult(1, 0), second);
        Assert.Equal(2, sinks.Opened);
        await writer.StopAsync(Ct);
    }

    [Fact]
    public async Task StopAsync_AfterStop_NewWritesAreRefusedAsUnavailable()
    {
        await using var host = await DomainTestHost.StartAsync();
        var writer = host.Get<EventBatchWriter>();
        await writer.WriteAsync([EventSinkTests.Event("before")], Ct);

        await writer.StopAsync(Ct);

        await Assert.ThrowsAsync<EventStoreUnavailableException>(() => writer.WriteAsync([EventSinkTests.Event("after")], Ct));
        await using var db = host.CreateDbContext();
        Assert.Equal(["before"], await db.Events.Select(e => e.MessageId).ToListAsync(Ct));
    }

    /// <summary>The first sink throws on insert (a lost connection); later ones work.</summary>
    private sealed class FlakySinkFactory : IEventSinkFactory
    {
        public int Opened { get; private set; }

        public Task<IEventSink> OpenAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IEventSink>(new Sink(++Opened == 1));

        private sealed class Sink(bool broken) : IEventSink
        {
            public Task<bool[]> InsertAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken) =>
                broken ? throw new IOException("connection lost") : Task.FromResult(events.Select(_ => true).ToArray());

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
