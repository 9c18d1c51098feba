using Lodestar.Domain.Events;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>The columns an event keeps when its raw message is purged (they are columns because queries need them).</summary>
internal sealed record PromotedFields(
    long Id, MessageType Type, string MessageId, string? Name, string? UserId, string? AnonymousId, string? GroupId,
    string? PreviousId, string? Email, string? Phone, string? DeviceId, string? ExternalIds, DateTime Timestamp,
    DateTime? OriginalTimestamp, DateTime? SentAt, DateTime ReceivedAt, string? CampaignSource, string? CampaignMedium,
    string? CampaignName, string? Referrer, bool Purged);
