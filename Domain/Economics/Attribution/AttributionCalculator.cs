namespace Lodestar.Domain.Economics.Attribution;

/// <summary>
/// Each customer's acquisition channel: among the touches of the resolved profile at or before its first purchase,
/// the first (first-touch) or the last (last-touch) that names a channel; <see cref="ChannelMapping.Direct"/> when
/// none does. Touches after the first purchase never count: they did not acquire the customer.
/// </summary>
public static class AttributionCalculator
{
    /// <param name="firstPurchase">Per customer (profile id), when it first bought.</param>
    /// <returns>A channel for every customer in <paramref name="firstPurchase"/>.</returns>
    public static Dictionary<long, string> Assign(IReadOnlyDictionary<long, DateTime> firstPurchase, IEnumerable<Touch> touches,
        AttributionModel model, ChannelMapping mapping)
    {
        var chosen = new Dictionary<long, (DateTime At, string Channel)>();
        foreach (var touch in touches)
        {
            if (!firstPurchase.TryGetValue(touch.ProfileId, out var bought) || touch.At > bought)
                continue;
            if (chosen.TryGetValue(touch.ProfileId, out var held)
                && (model == AttributionModel.FirstTouch ? touch.At >= held.At : touch.At < held.At))
                continue;
            if (mapping.ChannelOf(touch) is { } channel)
                chosen[touch.ProfileId] = (touch.At, channel);
        }

        return firstPurchase.Keys.ToDictionary(id => id, id => chosen.TryGetValue(id, out var c) ? c.Channel : ChannelMapping.Direct);
    }
}
