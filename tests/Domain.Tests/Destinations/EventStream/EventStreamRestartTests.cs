using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

/// <summary>The stream position is durable: a restart, or a crash between a POST and its commit, loses and repeats nothing.</summary>
public sealed class EventStreamRestartTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForwardAsync_AfterRestartOnTheSameDatabase_ContinuesWhereItStopped()
    {
        using var folder = new TempDirectory();
        var database = folder.File("stream.db");
        var first = await EventStreamBed.StartAsync(database: database);
        var id = await first.AddDestinationAsync(batchSize: 2);
        await first.IngestTracksAsync("before", 3);
        await first.Stream.ForwardAsync(id, Ct);
        await first.IngestTracksAsync("unsent", 2);
        await first.StopHostAsync();

        await using var second = await EventStreamBed.StartAsync(database: database, receiver: first.Receiver);
        await second.IngestTracksAsync("after", 2);
        await second.Stream.ForwardAsync(id, Ct);

        Assert.Equal(["before-0", "before-1", "before-2", "unsent-0", "unsent-1", "after-0", "after-1"], second.AppliedMessageIds());
        Assert.Equal(0, second.Receiver.Duplicates);
    }

    [Fact]
    public async Task ForwardAsync_CrashAfterThePostBeforeTheCommit_ResendsTheSameBatchWithTheSameKey()
    {
        using var folder = new TempDirectory();
        var database = folder.File("stream.db");
        var first = await EventStreamBed.StartAsync(database: database);
        var id = await first.AddDestinationAsync(batchSize: 2);
        await first.IngestTracksAsync("a", 5);
        using var crash = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // The second batch reaches the receiver and is applied, but the process "dies" before it hears back.
        first.Receiver.OnAccepted = _ =>
        {
            if (first.Receiver.Accepted.Count == 2)
                crash.Cancel();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Stream.ForwardAsync(id, crash.Token));
        first.Receiver.OnAccepted = null;
        await first.StopHostAsync();
        await using var second = await EventStreamBed.StartAsync(database: database, receiver: first.Receiver);
        await second.Stream.ForwardAsync(id, Ct);

        // The resent batch carried the key the receiver had applied: answered, not applied twice.
        Assert.Equal((4, 1), (second.Receiver.Requests, second.Receiver.Duplicates));
        Assert.Equal(["a-0", "a-1", "a-2", "a-3", "a-4"], second.AppliedMessageIds());
        var run = Assert.Single(await second.RunsAsync(id));
        Assert.Equal(5, run.Sent);
    }
}
