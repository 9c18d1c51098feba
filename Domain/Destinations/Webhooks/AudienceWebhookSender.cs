using System.Net.Http.Headers;
using System.Text.Json;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Webhooks;

/// <summary>
/// Audience webhook: each batch is one signed JSON POST of <c>audience_entered</c> / <c>audience_exited</c> events. The
/// batch's idempotency key is in the body and the <c>Idempotency-Key</c> header; a resent batch carries the same one.
/// A privacy erasure is one signed POST of <c>profile_deleted</c> events (docs/destination-types.md).
/// </summary>
public sealed class AudienceWebhookSender(IHttpClientFactory clients, DestinationRateLimiter limiter) : IAudienceSender, IPersonDeletionSender
{
    public DestinationTypeInfo Info { get; } = new(DestinationType.AudienceWebhook, "Webhook (audiences)",
        "POSTs signed JSON batches of audience_entered / audience_exited with each member's identifiers and chosen traits.",
        Audiences: true, Events: false, SupportsDeletion: true,
        [
            new("url", "Endpoint URL", Required: true, Help: "https://… — receives POST requests with a JSON body."),
            new("signingSecret", "Signing secret", Required: true, Secret: true,
                Help: "X-Lodestar-Signature is sha256=HMAC-SHA256(secret, body) in hex; check it before trusting a request."),
        ]);

    public IReadOnlyDictionary<string, string> Validate(DestinationTarget target) => WebhookSettings.Validate(target);

    public Task<ConnectionTestResult> TestAsync(DestinationTarget target, CancellationToken cancellationToken) =>
        WebhookPoster.TestAsync(clients, target, cancellationToken);

    public async Task<BatchOutcome> SendAsync(DestinationTarget target, AudienceBatch batch, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "audience_batch",
            idempotencyKey = batch.IdempotencyKey,
            audience = new { id = batch.SegmentId, name = batch.SegmentName, connectionId = batch.ConnectionId },
            sentAt = batch.SentAt,
            events = batch.Records.Select(r => new
            {
                type = r.Action == LedgerAction.Add ? "audience_entered" : "audience_exited",
                messageId = $"{batch.IdempotencyKey}:{r.LedgerEntryId}",
                profileId = r.ProfileId,
                identifiers = r.Identifiers,
                traits = r.Fields,
            }),
        }, JsonSerializerOptions.Web);
        await limiter.WaitAsync(target, cancellationToken);
        var error = await WebhookPoster.PostAsync(clients, target, body, batch.IdempotencyKey, cancellationToken);
        return error is null ? BatchOutcome.Success : BatchOutcome.Failure(error);
    }

    public async Task<PersonDeletionOutcome> DeleteAsync(DestinationTarget target, PersonDeletion deletion, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "deletion_batch",
            idempotencyKey = deletion.IdempotencyKey,
            requestId = deletion.RequestId,
            sentAt = deletion.SentAt,
            events = deletion.Members.Select(m => new
            {
                type = "profile_deleted",
                messageId = $"{deletion.IdempotencyKey}:{m.ProfileId}",
                profileId = m.ProfileId,
                identifiers = m.Identifiers,
            }),
        }, JsonSerializerOptions.Web);
        await limiter.WaitAsync(target, cancellationToken);
        var error = await WebhookPoster.PostAsync(clients, target, body, deletion.IdempotencyKey, cancellationToken);
        return error is null
            ? PersonDeletionOutcome.Accepted($"{target.Setting("url")} accepted the deletion of {deletion.Members.Count} profile(s).")
            : PersonDeletionOutcome.Refused(error);
    }
}
