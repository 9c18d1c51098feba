using System.Text.Json;

namespace Lodestar.Domain.Economics.Attribution;

/// <summary>
/// Reads a touch from an event's stored props (<c>{"properties":…,"context":…}</c>): the UTM fields of
/// <c>context.campaign</c> (<c>source</c>, <c>medium</c>, <c>name</c>) and the referrer of
/// <c>context.page.referrer</c>, else <c>properties.referrer</c> (analytics.js puts it in both on page calls).
/// </summary>
public static class TouchParser
{
    /// <returns>null when the event says nothing about where its visitor came from.</returns>
    public static Touch? Parse(long profileId, DateTime at, string props)
    {
        using var document = JsonDocument.Parse(props);
        var root = document.RootElement;
        string? source = null, medium = null, campaign = null, referrer = null;
        if (root.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object)
        {
            if (context.TryGetProperty("campaign", out var utm) && utm.ValueKind == JsonValueKind.Object)
                (source, medium, campaign) = (Text(utm, "source"), Text(utm, "medium"), Text(utm, "name"));
            if (context.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Object)
                referrer = Text(page, "referrer");
        }

        if (referrer is null && root.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            referrer = Text(properties, "referrer");
        return source is null && medium is null && referrer is null ? null : new Touch(profileId, at, source, medium, campaign, referrer);
    }

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
