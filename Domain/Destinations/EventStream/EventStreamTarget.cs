using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Destinations.Webhooks;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>A stored event destination ready to send to: its target and filter, or why it cannot be used.</summary>
internal sealed record EventStreamTarget(DestinationTarget? Target, EventFilter Filter, string? Problem)
{
    public static EventStreamTarget For(Destination destination, DestinationTargets targets, EventWebhookType type)
    {
        DestinationTarget target;
        try
        {
            target = targets.For(destination);
        }
        catch (DestinationSecretsUnreadableException ex)
        {
            return new EventStreamTarget(null, EventFilter.All, ex.Message);
        }

        return type.Validate(target) is { Count: > 0 } problems
            ? new EventStreamTarget(null, EventFilter.All, "The settings are not usable: " + string.Join(" ", problems.Values))
            : new EventStreamTarget(target, EventFilterSettings.Read(target), null);
    }

    /// <summary>POSTs the batch's messages, signed, at the destination's pace.</summary>
    /// <returns>Null when the destination accepted it, otherwise what went wrong (with its response).</returns>
    public async Task<string?> PostAsync(IHttpClientFactory clients, DestinationRateLimiter limiter, EventStreamBatch batch,
        string idempotencyKey, DateTime sentAt, CancellationToken cancellationToken)
    {
        var target = Target ?? throw new InvalidOperationException(Problem);
        var body = EventStreamPayload.Body(batch.Messages, sentAt);
        await limiter.WaitAsync(target, cancellationToken);
        return await WebhookPoster.PostAsync(clients, target, body, idempotencyKey, cancellationToken);
    }
}
