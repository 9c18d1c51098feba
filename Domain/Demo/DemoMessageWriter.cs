using System.Globalization;
using System.Text.Json;
using Lodestar.Domain.Ingestion;

namespace Lodestar.Domain.Demo;

/// <summary>Writes one demo person's messages as Segment messages, with the context a real client library sends.</summary>
internal sealed class DemoMessageWriter(Utf8JsonWriter json, string messageIdPrefix)
{
    private const string Site = "https://shop.lumen.example";

    private int _sequence;

    public int Written => _sequence;

    public string AnonymousId { get; set; } = "";

    public string? UserId { get; set; }

    public string Ip { get; set; } = "";

    public string UserAgent { get; set; } = "";

    /// <summary>Set while the person uses the mobile app: screens and device context instead of pages.</summary>
    public (string DeviceId, string Os)? Device { get; set; }

    public DemoChannel? Campaign { get; set; }

    public string? CampaignName { get; set; }

    public void Page(DateTime at, string path, string title, string? referrer)
    {
        var url = Site + path + (Campaign?.UtmSource is { } src ? $"?utm_source={src}&utm_medium={Campaign.UtmMedium}&utm_campaign={CampaignName}" : "");
        Begin("page", at);
        json.WriteString("name", title);
        json.WriteStartObject("properties");
        WritePage(path, title, url, referrer);
        json.WriteEndObject();
        End(path, title, url, referrer);
    }

    public void Screen(DateTime at, string name)
    {
        Begin("screen", at);
        json.WriteString("name", name);
        json.WriteStartObject("properties");
        json.WriteString("name", name);
        json.WriteEndObject();
        End(null, null, null, null);
    }

    public void Track(DateTime at, string name, Action<Utf8JsonWriter> properties)
    {
        Begin("track", at);
        json.WriteString("event", name);
        json.WriteStartObject("properties");
        properties(json);
        json.WriteEndObject();
        End(null, null, null, null);
    }

    public void Identify(DateTime at, Action<Utf8JsonWriter> traits)
    {
        Begin("identify", at);
        json.WriteStartObject("traits");
        traits(json);
        json.WriteEndObject();
        End(null, null, null, null);
    }

    public void Group(DateTime at, string groupId, Action<Utf8JsonWriter> traits)
    {
        Begin("group", at);
        json.WriteString("groupId", groupId);
        json.WriteStartObject("traits");
        traits(json);
        json.WriteEndObject();
        End(null, null, null, null);
    }

    public void Alias(DateTime at, string previousId)
    {
        Begin("alias", at);
        json.WriteString("previousId", previousId);
        End(null, null, null, null);
    }

    private void Begin(string type, DateTime at)
    {
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("messageId", messageIdPrefix + (_sequence++).ToString(CultureInfo.InvariantCulture));
        json.WriteString("anonymousId", AnonymousId);
        if (UserId is not null)
            json.WriteString("userId", UserId);
        json.WriteString("timestamp", JsonValues.Iso(at));
    }

    private void End(string? path, string? title, string? url, string? referrer)
    {
        json.WriteStartObject("context");
        json.WriteString("ip", Ip);
        json.WriteString("locale", "en-US");
        if (Device is { } device)
        {
            json.WriteStartObject("library");
            json.WriteString("name", device.Os == "ios" ? "analytics-ios" : "analytics-android");
            json.WriteString("version", "4.1.8");
            json.WriteEndObject();
            json.WriteStartObject("app");
            json.WriteString("name", "Lumen Goods");
            json.WriteString("version", "3.4.1");
            json.WriteEndObject();
            json.WriteStartObject("device");
            json.WriteString("id", device.DeviceId);
            json.WriteString("type", device.Os);
            json.WriteString("model", device.Os == "ios" ? "iPhone15,2" : "Pixel 8");
            json.WriteEndObject();
        }
        else
        {
            json.WriteStartObject("library");
            json.WriteString("name", "analytics.js");
            json.WriteString("version", "5.2.0");
            json.WriteEndObject();
            json.WriteString("userAgent", UserAgent);
            if (path is not null)
            {
                json.WriteStartObject("page");
                WritePage(path, title!, url!, referrer);
                json.WriteEndObject();
            }
        }

        if (Campaign?.UtmSource is not null)
        {
            json.WriteStartObject("campaign");
            json.WriteString("source", Campaign.UtmSource);
            json.WriteString("medium", Campaign.UtmMedium);
            json.WriteString("name", CampaignName);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WritePage(string path, string title, string url, string? referrer)
    {
        json.WriteString("path", path);
        json.WriteString("title", title);
        json.WriteString("url", url);
        if (referrer is not null)
            json.WriteString("referrer", referrer);
    }
}
