using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lodestar.Domain.Events;

namespace Lodestar.Domain.Crm;

/// <summary>
/// The tracking messages the CRM stores about its records, so that identity resolution and funnels see them like any
/// other source's. A contact's save is an identify call whose identifiers are the contact's email, phone and id
/// (<c>context.externalIds</c>, type <see cref="ContactIdType"/>); it has no userId or anonymousId of its own.
/// </summary>
public static class CrmMessages
{
    public const string SourceName = "CRM";
    public const string ContactIdType = "crm_contact_id";

    public static TrackedEvent ContactIdentify(Contact contact, int sourceId, DateTime now)
    {
        var id = contact.Id.ToString(CultureInfo.InvariantCulture);
        var externalIds = new JsonArray(new JsonObject
        {
            ["id"] = id, ["type"] = ContactIdType, ["collection"] = "users", ["encoding"] = "none",
        });
        var traits = new JsonObject
        {
            ["firstName"] = contact.FirstName,
            ["lastName"] = contact.LastName,
            ["name"] = $"{contact.FirstName} {contact.LastName}",
            ["email"] = contact.Email,
            ["phone"] = contact.Phone,
            ["birthday"] = contact.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["address"] = new JsonObject
            {
                ["street"] = string.Join(' ', new[] { contact.StreetNumber, contact.Street }.Where(s => s is not null)) is { Length: > 0 } street ? street : null,
                ["city"] = contact.City, ["postalCode"] = contact.Postcode, ["state"] = contact.State, ["country"] = contact.Country,
            },
            ["crmContactId"] = id,
        };
        var messageId = $"crm-contact-{id}-v{contact.Version}";
        var raw = new JsonObject
        {
            ["type"] = "identify",
            ["messageId"] = messageId,
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["traits"] = Compact(traits),
            ["context"] = new JsonObject { ["externalIds"] = externalIds, ["library"] = new JsonObject { ["name"] = "lodestar-crm" } },
        };
        return new TrackedEvent
        {
            MessageId = messageId,
            SourceId = sourceId,
            Type = MessageType.Identify,
            Email = contact.Email,
            Phone = contact.Phone,
            ExternalIds = externalIds.ToJsonString(),
            Timestamp = now,
            ReceivedAt = now,
            Raw = raw.ToJsonString(),
        };
    }

    /// <summary>
    /// A track call about a CRM record (a deal changing stage, a ticket opened or solved), so funnels can mix product and
    /// CRM steps. It carries the record's contact as <c>context.externalIds</c>, which identity resolution attributes to
    /// the contact's profile; without a contact it is stored for counts but belongs to no person.
    /// </summary>
    /// <param name="messageId">Stable per change (e.g. <c>crm-deal-7-stage-3</c>), so a replayed save stores it once.</param>
    public static TrackedEvent Track(string eventName, string messageId, long? contactId, JsonObject properties, int sourceId, DateTime now)
    {
        var context = new JsonObject { ["library"] = new JsonObject { ["name"] = "lodestar-crm" } };
        JsonArray? externalIds = null;
        if (contactId is { } id)
        {
            externalIds = new JsonArray(new JsonObject
            {
                ["id"] = id.ToString(CultureInfo.InvariantCulture), ["type"] = ContactIdType, ["collection"] = "users", ["encoding"] = "none",
            });
            context["externalIds"] = externalIds.DeepClone();
        }

        var raw = new JsonObject
        {
            ["type"] = "track",
            ["event"] = eventName,
            ["messageId"] = messageId,
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["properties"] = Compact(properties),
            ["context"] = context,
        };
        return new TrackedEvent
        {
            MessageId = messageId,
            SourceId = sourceId,
            Type = MessageType.Track,
            Name = eventName,
            ExternalIds = externalIds?.ToJsonString(),
            Timestamp = now,
            ReceivedAt = now,
            Raw = raw.ToJsonString(),
        };
    }

    /// <summary>Leaves out empty values, so an emptied field is not sent as a trait value.</summary>
    private static JsonObject Compact(JsonObject node)
    {
        foreach (var (key, value) in node.ToList())
        {
            if (value is JsonObject child && Compact(child).Count == 0 || value is null)
                node.Remove(key);
        }

        return node;
    }
}
