using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// Paces requests to each destination to its <see cref="DestinationTarget.RequestsPerSecond"/> within this process.
/// Senders call <see cref="WaitAsync"/> before every request.
/// </summary>
public sealed class DestinationRateLimiter : IDisposable
{
    private readonly ConcurrentDictionary<long, (double Rate, RateLimiter Limiter)> _limiters = new();

    public async ValueTask WaitAsync(DestinationTarget target, CancellationToken cancellationToken)
    {
        if (target.RequestsPerSecond is not { } rate || rate <= 0)
            return;
        var entry = _limiters.AddOrUpdate(target.Id,
            _ => (rate, Create(rate)),
            (_, existing) => existing.Rate == rate ? existing : (rate, Create(rate)));
        using var lease = await entry.Limiter.AcquireAsync(1, cancellationToken);
    }

    private static RateLimiter Create(double rate)
    {
        // Tokens refill in tenths of a second so a rate below 10/s still spreads out rather than bursting once a second.
        var perTenth = Math.Max(1, (int)Math.Round(rate / 10));
        var period = TimeSpan.FromSeconds(perTenth / rate);
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perTenth,
            TokensPerPeriod = perTenth,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    public void Dispose()
    {
        foreach (var (_, limiter) in _limiters.Values)
            limiter.Dispose();
    }
}
