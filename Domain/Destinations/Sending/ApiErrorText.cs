using System.Text.Json;

namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// Turns an API's refusal or an outage into the text a run and the ledger show: the status and the API's own
/// message (read from its JSON error body by the caller's reader), or why no answer came.
/// </summary>
public static class ApiErrorText
{
    private const int BodyLength = 500;

    /// <param name="message">Reads the API's message from its JSON error body; null when the body has none.</param>
    public static async Task<string> DescribeAsync(HttpResponseMessage response, Func<JsonElement, string?> message, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var text = Message(body, message) ?? (body.Length > BodyLength ? body[..BodyLength] + "…" : body);
        return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}" + (text.Length > 0 ? $": {text}" : "");
    }

    /// <summary>A request that never got an answer (refused connection, DNS, timeout after the retries).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        HttpRequestException http => $"Could not reach the destination: {http.Message}",
        TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException => "The destination did not answer in time.",
        _ => exception.Message,
    };

    public static string? Message(string body, Func<JsonElement, string?> message)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? message(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string property of a JSON object, or null.</summary>
    public static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
