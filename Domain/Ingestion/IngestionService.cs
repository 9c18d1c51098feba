using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy.Pii;
using Lodestar.Domain.Privacy.Suppression;
using Lodestar.Domain.Sources;

namespace Lodestar.Domain.Ingestion;

/// <summary>
/// The tracking API's logic: parse the body, find the source by write key, check and normalise every message (PII
/// rules applied), and store them all or none. A result of Accepted means the messages are committed. Messages that
/// carry a suppressed identifier (an erased person's) are accepted but not stored, only counted.
/// </summary>
public sealed class IngestionService(SourceDirectory sources, PiiRuleService pii, IEventWriter writer, TimeProvider time,
    SuppressionService suppression, SuppressedMessageCounter suppressedCounter)
{
    public async Task<IngestionResult> IngestAsync(TrackingRequest request, CancellationToken cancellationToken)
    {
        using var payload = TrackingPayload.Parse(request.Body, request.Route);
        if (payload.Error != IngestionError.None)
            return IngestionResult.Refused(payload.Error, payload.ErrorMessage!);

        var writeKey = request.HeaderWriteKey ?? payload.WriteKey;
        if (string.IsNullOrEmpty(writeKey))
            return IngestionResult.Refused(IngestionError.Unauthorized,
                "No write key: send it as the HTTP Basic user name (password empty) or as 'writeKey' in the body.");
        var source = await sources.FindAsync(writeKey, cancellationToken);
        if (source is null)
            return IngestionResult.Refused(IngestionError.Unauthorized,
                "Unknown write key. Copy the write key of a source from Settings → Sources.");
        if (!source.Enabled)
            return IngestionResult.Refused(IngestionError.SourceDisabled,
                $"The source '{source.Name}' is disabled. Enable it in Settings → Sources to accept its messages.");

        var stamp = new IngestionStamp(time.GetUtcNow().UtcDateTime, request.ClientIp, source.Id);
        var normalizer = new MessageNormalizer(await pii.CurrentAsync(cancellationToken));
        if (!normalizer.TryNormalizeAll(payload, MessageTypes.ForRoute(request.Route), stamp, out var events, out var refusal))
            return IngestionResult.Refused(refusal.Error, refusal.Message!);

        var suppressed = 0;
        var list = await suppression.CurrentAsync(cancellationToken);
        if (!list.IsEmpty)
            (events, suppressed) = WithoutSuppressed(events, list);

        try
        {
            var written = events.Length == 0 ? default : await writer.WriteAsync(events, cancellationToken);
            await suppressedCounter.AddAsync(stamp.ReceivedAt, suppressed, cancellationToken);
            return new IngestionResult(IngestionError.None, null, written.Stored, written.Duplicates, suppressed);
        }
        catch (EventStoreUnavailableException ex)
        {
            return IngestionResult.Refused(IngestionError.Unavailable, ex.Message);
        }
    }

    private static (TrackedEvent[] Kept, int Dropped) WithoutSuppressed(TrackedEvent[] events, SuppressionSnapshot list)
    {
        var kept = events.Where(e => !list.Carries(e)).ToArray();
        return kept.Length == events.Length ? (events, 0) : (kept, events.Length - kept.Length);
    }
}
