using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Runs forwarding passes of every enabled, unpaused event destination in near real time: each has its own worker,
/// woken when ingestion commits (<see cref="EventStreamSignal"/>) and at least every
/// <see cref="EventStreamOptions.PollInterval"/>, so one slow or failing receiver holds up no other. Ingestion never
/// waits for it; a pass that throws is logged and tried again.
/// </summary>
public sealed partial class EventStreamForwarder(
    EventStreamService stream,
    EventStreamSignal signal,
    IOptions<EventStreamOptions> options,
    ILogger<EventStreamForwarder> logger) : BackgroundService
{
    private readonly Dictionary<long, Worker> _workers = [];
    private readonly List<Task> _retired = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return;
        await Task.Yield();
        var refreshed = long.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (TimeSpanSince(refreshed) >= settings.PollInterval)
                {
                    await RefreshWorkersAsync(settings, stoppingToken);
                    refreshed = Environment.TickCount64;
                }

                foreach (var worker in _workers.Values)
                    worker.Poke();
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            foreach (var worker in _workers.Values)
                worker.Finish();
            await Task.WhenAll(_workers.Values.Select(w => w.Loop).Concat(_retired));
        }
    }

    private static TimeSpan TimeSpanSince(long tick) =>
        tick == long.MinValue ? TimeSpan.MaxValue : TimeSpan.FromMilliseconds(Environment.TickCount64 - tick);

    private async Task RefreshWorkersAsync(EventStreamOptions settings, CancellationToken stoppingToken)
    {
        IReadOnlyList<long> wanted;
        try
        {
            wanted = await stream.ForwardableAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogListFailed(logger, ex);
            return;
        }

        _retired.RemoveAll(t => t.IsCompleted);
        foreach (var id in _workers.Keys.Except(wanted).ToList())
        {
            _workers[id].Finish();
            _retired.Add(_workers[id].Loop);
            _workers.Remove(id);
        }

        foreach (var id in wanted.Where(id => !_workers.ContainsKey(id)))
            _workers[id] = new Worker(id, stream, logger, settings, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event-stream forwarder could not list the event destinations; it tries again shortly.")]
    private static partial void LogListFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A forwarding pass of event destination {DestinationId} failed; it is tried again shortly.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, long destinationId);

    /// <summary>One destination's passes, one at a time, at most one waiting poke, a pause between passes.</summary>
    private sealed class Worker
    {
        private readonly Channel<bool> _pokes = Channel.CreateBounded<bool>(
            new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

        public Worker(long destinationId, EventStreamService stream, ILogger logger, EventStreamOptions settings, CancellationToken stoppingToken) =>
            Loop = RunAsync(destinationId, stream, logger, settings, stoppingToken);

        public Task Loop { get; }

        public void Poke() => _pokes.Writer.TryWrite(true);

        /// <summary>Ends after the pass under way (a pass cut short would resend its batch later, harmless but noisy).</summary>
        public void Finish() => _pokes.Writer.TryComplete();

        private async Task RunAsync(long destinationId, EventStreamService stream, ILogger logger, EventStreamOptions settings, CancellationToken stoppingToken)
        {
            await Task.Yield();
            try
            {
                while (await _pokes.Reader.WaitToReadAsync(stoppingToken))
                {
                    _pokes.Reader.TryRead(out _);
                    var pause = settings.MinPassInterval;
                    try
                    {
                        await stream.ForwardAsync(destinationId, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                    {
                        LogPassFailed(logger, ex, destinationId);
                        pause = settings.PollInterval;
                    }

                    await Task.Delay(pause, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping.
            }
        }
    }
}
