using System.Text.Json.Nodes;

namespace Lodestar.Domain.Privacy.Deletion;

/// <summary>
/// Rewrites a stored message so that nothing in it identifies a person any more. <see cref="Anonymise"/> is for the
/// person's own events: identifiers, traits, IP and device ids go, the anonymous id becomes the one given, and every
/// string that contains one of the person's values (in any case, or URL-encoded), or is their phone number written another
/// way, becomes <see cref="Erased"/>.
/// <see cref="Scrub"/> is for someone else's event that mentions the person: only those strings change.
/// </summary>
public static class EventPayloadScrubber
{
    public const string Erased = "[erased]";

    private static readonly string[] TopLevel = ["userId", "previousId", "traits"];
    private static readonly string[] PropertyKeys = ["email", "phone"];
    private static readonly string[] ContextKeys = ["ip", "traits", "externalIds", "userAgent"];
    private static readonly string[] DeviceKeys = ["id", "advertisingId", "token"];

    /// <param name="region">The identity rules' default region, to recognise phone numbers written without a country code.</param>
    public static string Anonymise(string raw, IReadOnlyCollection<string> values, string anonymousId, string region)
    {
        var root = JsonNode.Parse(raw) as JsonObject ?? new JsonObject();
        foreach (var key in TopLevel)
            root.Remove(key);
        if (root["properties"] is JsonObject properties)
        {
            foreach (var key in PropertyKeys)
                properties.Remove(key);
        }

        root["anonymousId"] = anonymousId;
        if (root["context"] is JsonObject context)
        {
            foreach (var key in ContextKeys)
                context.Remove(key);
            if (context["device"] is JsonObject device)
            {
                foreach (var key in DeviceKeys)
                    device.Remove(key);
            }
        }

        Replace(root, new Needles(values, region));
        root["anonymousId"] = anonymousId;
        return root.ToJsonString();
    }

    public static string Scrub(string raw, IReadOnlyCollection<string> values, string region)
    {
        var root = JsonNode.Parse(raw);
        if (root is null)
            return raw;
        return Replace(root, new Needles(values, region)) ? root.ToJsonString() : raw;
    }

    /// <summary>Whether the text contains one of the values (in any case, or URL-encoded) or is one of the phone numbers.</summary>
    public static bool Mentions(string? text, IReadOnlyCollection<string> values, string region) =>
        text is not null && new Needles(values, region).FoundIn(text);

    /// <returns>Whether anything was replaced.</returns>
    private static bool Replace(JsonNode node, Needles needles)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonValue value && TextOf(value) is { } text)
                    {
                        if (needles.FoundIn(text))
                        {
                            obj[key] = Erased;
                            changed = true;
                        }
                    }
                    else if (child is not null)
                        changed |= Replace(child, needles);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && TextOf(value) is { } text)
                    {
                        if (needles.FoundIn(text))
                        {
                            array[i] = Erased;
                            changed = true;
                        }
                    }
                    else if (array[i] is { } child)
                        changed |= Replace(child, needles);
                }

                break;
        }

        return changed;
    }

    /// <summary>Strings, and numbers as written (a phone number sent as a number).</summary>
    private static string? TextOf(JsonValue value) => value.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => value.GetValue<string>(),
        System.Text.Json.JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    private sealed class Needles
    {
        private readonly List<string> _texts = [];
        private readonly HashSet<string> _phones = new(StringComparer.Ordinal);
        private readonly string _region;

        public Needles(IReadOnlyCollection<string> values, string region)
        {
            _region = region;
            foreach (var value in values.Where(v => v.Length > 0))
            {
                _texts.Add(value);
                var encoded = Uri.EscapeDataString(value);
                if (encoded != value)
                    _texts.Add(encoded);
                if (value.StartsWith('+'))
                    _phones.Add(value);
            }
        }

        public bool FoundIn(string text)
        {
            foreach (var needle in _texts)
            {
                if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                    return true;
            }

            return _phones.Count > 0 && text.Length is >= 6 and <= 40 && Identity.PhoneNumbers.ToE164(text, _region) is { } phone && _phones.Contains(phone);
        }
    }
}
