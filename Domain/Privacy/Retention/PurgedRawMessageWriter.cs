using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lodestar.Domain.Events;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// What replaces a raw message whose retention has passed: the fields the event keeps as columns, in the places a
/// Segment message has them, under a <c>retention</c> marker that says when the rest was purged. Everything else — the
/// properties, traits, IP address, user agent, library and the rest of the context — is gone from the row.
/// </summary>
public static class PurgedRawMessageWriter
{
    /// <summary>Every purged message starts with this, so a purge can tell it has been there (and the debugger can show it).</summary>
    public const string Prefix = """{"retention":{"rawPurgedAt":""";

    // As the normaliser writes raw messages: a phone number's "+" stays "+".
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Write(PromotedFields e, DateTime purgedAt)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartObject("retention");
            w.WriteString("rawPurgedAt", JsonValues.Iso(purgedAt));
            w.WriteEndObject();
            w.WriteString("type", e.Type.ToString().ToLowerInvariant());
            w.WriteString("messageId", e.MessageId);
            if (e.Name is not null)
                w.WriteString(e.Type == MessageType.Track ? "event" : "name", e.Name);
            Optional(w, "userId", e.UserId);
            Optional(w, "anonymousId", e.AnonymousId);
            Optional(w, "groupId", e.GroupId);
            Optional(w, "previousId", e.PreviousId);
            w.WriteString("timestamp", JsonValues.Iso(e.Timestamp));
            if (e.OriginalTimestamp is { } original)
                w.WriteString("originalTimestamp", JsonValues.Iso(original));
            if (e.SentAt is { } sent)
                w.WriteString("sentAt", JsonValues.Iso(sent));
            w.WriteString("receivedAt", JsonValues.Iso(e.ReceivedAt));
            WriteContext(w, e);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteContext(Utf8JsonWriter w, PromotedFields e)
    {
        w.WriteStartObject("context");
        if (e.Email is not null || e.Phone is not null)
        {
            w.WriteStartObject("traits");
            Optional(w, "email", e.Email);
            Optional(w, "phone", e.Phone);
            w.WriteEndObject();
        }

        if (e.DeviceId is not null)
        {
            w.WriteStartObject("device");
            w.WriteString("id", e.DeviceId);
            w.WriteEndObject();
        }

        if (e.ExternalIds is not null)
        {
            w.WritePropertyName("externalIds");
            w.WriteRawValue(e.ExternalIds);
        }

        if (e.CampaignSource is not null || e.CampaignMedium is not null || e.CampaignName is not null)
        {
            w.WriteStartObject("campaign");
            Optional(w, "source", e.CampaignSource);
            Optional(w, "medium", e.CampaignMedium);
            Optional(w, "name", e.CampaignName);
            w.WriteEndObject();
        }

        if (e.Referrer is not null)
        {
            w.WriteStartObject("page");
            w.WriteString("referrer", e.Referrer);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
            w.WriteString(name, value);
    }
}
