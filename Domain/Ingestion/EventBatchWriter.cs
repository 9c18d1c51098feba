using System.Threading.Channels;
using Lodestar.Domain.Destinations.EventStream;
using Lodestar.Domain.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// Group commit: concurrent requests queue their events on a channel; one writer takes everything that is waiting,
/// commits it in one transaction and then completes each request's task. A request is answered only after its events
/// are durable, yet the database sees a few large transactions instead of one per request.
/// </summary>
public sealed partial class EventBatchWriter(
    IEventSinkFactory sinkFactory,
    IOptions<EventWriterOptions> options,
    EventStreamSignal committed,
    ILogger<EventBatchWriter> logger) : BackgroundService, IEventWriter
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public async Task<EventWriteResult> WriteAsync(IReadOnlyList<TrackedEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
            return default;
        var pending = new PendingWrite(events);
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException ex)
        {
            throw new EventStoreUnavailableException("The event store is shutting down; retry shortly.", ex);
        }

        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<PendingWrite>();
        var events = new List<TrackedEvent>();
        IEventSink? sink = null;
        // Requests already queued when the host stops are still committed: the loop ends when the channel is drained.
        await using var registration = stoppingToken.Register(() => _queue.Writer.TryComplete());
        try
        {
            while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
            {
                group.Clear();
                events.Clear();
                while (events.Count < options.Value.MaxEventsPerCommit && _queue.Reader.TryRead(out var pending))
                {
                    group.Add(pending);
                    events.AddRange(pending.Events);
                }

                sink = await CommitAsync(sink, group, events);
            }
        }
        finally
        {
            if (sink is not null)
                await sink.DisposeAsync();
        }
    }

    /// <returns>The sink to use next; a sink that failed is closed and a new one opened for the next group.</returns>
    private async Task<IEventSink?> CommitAsync(IEventSink? sink, List<PendingWrite> group, List<TrackedEvent> events)
    {
        bool[] inserted;
        try
        {
            sink ??= await sinkFactory.OpenAsync(CancellationToken.None);
            inserted = await sink.InsertAsync(events, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogCommitFailed(logger, ex, events.Count);
            var failure = new EventStoreUnavailableException("The event store could not commit the messages; retry.", ex);
            foreach (var pending in group)
                pending.Completion.TrySetException(failure);
            if (sink is not null)
                await sink.DisposeAsync();
            return null;
        }

        var offset = 0;
        var storedInGroup = 0;
        foreach (var pending in group)
        {
            var stored = 0;
            for (var i = 0; i < pending.Events.Count; i++)
                stored += inserted[offset + i] ? 1 : 0;
            offset += pending.Events.Count;
            storedInGroup += stored;
            pending.Completion.TrySetResult(new EventWriteResult(stored, pending.Events.Count - stored));
        }

        // Wakes the event-stream forwarder; a non-blocking write that cannot fail, the only cost to ingestion.
        if (storedInGroup > 0)
            committed.Poke();
        return sink;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Committing {Count} events failed; their requests were answered 503.")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int count);

    private sealed class PendingWrite(IReadOnlyList<TrackedEvent> events)
    {
        public IReadOnlyList<TrackedEvent> Events { get; } = events;

        public TaskCompletionSource<EventWriteResult> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
