using System.Threading.Channels;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// "New events are committed": ingestion pokes it after each commit, the forwarder waits on it. Poking never blocks
/// and never fails: pokes that arrive while one is pending merge into it.
/// </summary>
public sealed class EventStreamSignal
{
    private readonly Channel<bool> _pokes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Poke() => _pokes.Writer.TryWrite(true);

    /// <returns>True when poked, false when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_pokes.Reader.TryRead(out _))
            return true;
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _pokes.Reader.WaitToReadAsync(timer.Token);
            return _pokes.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
