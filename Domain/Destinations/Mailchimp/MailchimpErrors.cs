using System.Text.Json;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Mailchimp;

/// <summary>Mailchimp's error body (<c>title</c>, <c>detail</c>, per-field <c>errors</c>) as one line of text.</summary>
public static class MailchimpErrors
{
    public static string? Message(JsonElement root)
    {
        var title = ResponseJson.Text(root, "title");
        var detail = ResponseJson.Text(root, "detail");
        if (title is null && detail is null)
            return null;
        var text = title is not null && detail is not null ? $"{title}: {detail}" : title ?? detail!;
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            text += " (" + string.Join("; ", errors.EnumerateArray().Select(e => $"{ResponseJson.Text(e, "field")}: {ResponseJson.Text(e, "message")}")) + ")";
        return text;
    }

    /// <summary>A member's refusal: Mailchimp's own words when it gave them, else the HTTP status and body.</summary>
    public static async Task<string> ForMemberAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return ResponseJson.Read(body, Message) ?? $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {body}".TrimEnd(' ', ':');
    }
}
