using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Privacy;

namespace Lodestar.Domain.Ingestion;

/// <summary>Promotes the fields that later features filter on from a message to real columns.</summary>
internal static class EventColumns
{
    private static readonly string[] EmailPath = ["email"];
    private static readonly string[] TraitsEmailPath = ["traits", "email"];
    private static readonly string[] PhonePath = ["phone"];
    private static readonly string[] TraitsPhonePath = ["traits", "phone"];
    private static readonly string[] DeviceIdPath = ["device", "id"];
    private static readonly string[] SourcePath = ["campaign", "source"];
    private static readonly string[] MediumPath = ["campaign", "medium"];
    private static readonly string[] CampaignPath = ["campaign", "name"];
    private static readonly string[] PageReferrerPath = ["page", "referrer"];
    private static readonly string[] ReferrerPath = ["referrer"];

    /// <summary>Every path a column is read from: a PII rule on one of them (or around it) changes the columns.</summary>
    public static readonly string[] SourcePaths =
    [
        "traits.email", "context.traits.email", "properties.email", "traits.phone", "context.traits.phone", "properties.phone",
        "context.device.id", "context.externalIds", "context.campaign.source", "context.campaign.medium", "context.campaign.name",
        "context.page.referrer", "properties.referrer", "context.consent.categoryPreferences",
    ];

    public static TrackedEvent Build(in MessageFields f, in BatchEnvelope envelope, MessageType type, in IngestionStamp stamp,
        string messageId, DateTime timestamp, DateTime? originalTimestamp, DateTime? sentAt, string raw)
    {
        var email = JsonValues.StringAt(f.Traits, EmailPath)
            ?? FromContext(f, envelope, TraitsEmailPath)
            ?? JsonValues.StringAt(f.Properties, EmailPath);
        email = email?.Trim();
        var phone = JsonValues.StringAt(f.Traits, PhonePath)
            ?? FromContext(f, envelope, TraitsPhonePath)
            ?? JsonValues.StringAt(f.Properties, PhonePath);
        return new TrackedEvent
        {
            MessageId = messageId,
            SourceId = stamp.SourceId,
            Type = type,
            Name = type == MessageType.Track ? f.Event?.GetString() : f.Name?.GetString(),
            UserId = JsonValues.AsIdentifier(f.UserId),
            AnonymousId = JsonValues.AsIdentifier(f.AnonymousId),
            GroupId = JsonValues.AsIdentifier(f.GroupId),
            PreviousId = JsonValues.AsIdentifier(f.PreviousId),
            Email = email is { Length: > 0 and <= EventLimits.IdentifierLength } ? email : null,
            Phone = phone is { Length: <= EventLimits.AttributeLength } ? phone : null,
            DeviceId = FromContext(f, envelope, DeviceIdPath) is { Length: <= EventLimits.IdentifierLength } device ? device : null,
            ExternalIds = ExternalIdsOf(f.Context) ?? ExternalIdsOf(envelope.Context),
            Timestamp = timestamp,
            OriginalTimestamp = originalTimestamp,
            SentAt = sentAt,
            ReceivedAt = stamp.ReceivedAt,
            CampaignSource = Attribute(FromContext(f, envelope, SourcePath)),
            CampaignMedium = Attribute(FromContext(f, envelope, MediumPath)),
            CampaignName = Attribute(FromContext(f, envelope, CampaignPath)),
            Referrer = JsonValues.Truncate(
                FromContext(f, envelope, PageReferrerPath) ?? JsonValues.StringAt(f.Properties, ReferrerPath),
                EventLimits.ReferrerLength),
            Raw = raw,
            Consent = ConsentPreferences.Read(f.Context) ?? ConsentPreferences.Read(envelope.Context),
        };
    }

    private static string? ExternalIdsOf(JsonElement? context) =>
        context is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty("externalIds", out var ids)
            && ids.ValueKind == JsonValueKind.Array && ids.GetArrayLength() > 0
            ? ids.GetRawText()
            : null;

    private static string? FromContext(in MessageFields f, in BatchEnvelope envelope, ReadOnlySpan<string> path) =>
        JsonValues.StringAt(f.Context, path) ?? JsonValues.StringAt(envelope.Context, path);

    private static string? Attribute(string? value) => JsonValues.Truncate(value, EventLimits.AttributeLength);
}
