using System.Text.Json;

namespace Lodestar.Domain.Destinations.Sending;

/// <summary>Turns a destination's refusal or an outage into the text a run shows ("HTTP 500 …: body").</summary>
public static class DestinationResponses
{
    private const int BodyLength = 500;

    public static Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        DescribeAsync(response, _ => null, cancellationToken);

    /// <param name="message">Reads the API's own message from its JSON error body; the body itself is shown when it gives none.</param>
    public static async Task<string> DescribeAsync(HttpResponseMessage response, Func<JsonElement, string?> message, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var text = ResponseJson.Read(body, message) ?? (body.Length > BodyLength ? body[..BodyLength] + "…" : body);
        return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}" + (text.Length > 0 ? $": {text}" : "");
    }

    /// <summary>A request that never got an answer (refused connection, DNS, timeout after the retries).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        HttpRequestException http => $"Could not reach the destination: {http.Message}",
        TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException => "The destination did not answer in time.",
        _ => exception.Message,
    };
}
