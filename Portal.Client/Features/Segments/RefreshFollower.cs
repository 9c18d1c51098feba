using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>
/// Follows a segment's refresh on the server: asks for the segment and its refreshes every <c>interval</c> until the
/// refresh has finished, reporting each answer. Starting again, or disposing, stops the previous follow quietly; a
/// follow that runs out of time (a queued job can wait behind others) or is refused reports that it stopped.
/// </summary>
public sealed class RefreshFollower(ISegmentsApi api, TimeSpan interval) : IDisposable
{
    public static readonly TimeSpan FollowFor = TimeSpan.FromMinutes(10);

    private CancellationTokenSource? _run;

    /// <param name="newerThan">Follow until a refresh with a larger id has finished; null: until the segment is no longer computing.</param>
    /// <param name="seen">Each answer: the segment, its refreshes (newest first), and whether the refresh has finished.</param>
    /// <param name="stopped">The follow ended before the refresh finished: the server's refusal, or null when it ran out of time.</param>
    public void Start(long segmentId, long? newerThan, Func<SegmentDto, IReadOnlyList<SegmentRefreshDto>, bool, Task> seen, Func<string?, Task> stopped)
    {
        Stop();
        var run = _run = new CancellationTokenSource(FollowFor);
        _ = FollowAsync(segmentId, newerThan, seen, stopped, run);
    }

    public void Dispose() => Stop();

    private void Stop()
    {
        _run?.Cancel();
        _run?.Dispose();
        _run = null;
    }

    private async Task FollowAsync(long segmentId, long? newerThan, Func<SegmentDto, IReadOnlyList<SegmentRefreshDto>, bool, Task> seen,
        Func<string?, Task> stopped, CancellationTokenSource run)
    {
        // Taken once: the source is disposed when the follow is stopped, and a cancelled token stays usable.
        var token = run.Token;
        try
        {
            var finished = false;
            while (!finished)
            {
                await Task.Delay(interval, token);
                var segment = await api.GetAsync(segmentId, token);
                var refreshes = await api.RefreshesAsync(segmentId, token);
                finished = newerThan is { } last ? refreshes.Any(r => r.Id > last && r.Status != "running") : segment.Status != "computing";
                await seen(segment, refreshes, finished);
            }
        }
        catch (OperationCanceledException) when (!ReferenceEquals(_run, run))
        {
            // Stopped on purpose: a newer follow took over, or the page closed.
        }
        catch (OperationCanceledException)
        {
            await stopped(null);
        }
        catch (ApiException ex)
        {
            await stopped(ex.Message);
        }
    }
}
