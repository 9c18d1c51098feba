namespace Lodestar.Domain.Destinations.Sending;

/// <summary>Turns a destination's refusal or an outage into the text a run shows ("HTTP 500 …: body").</summary>
public static class DestinationResponses
{
    private const int BodyLength = 500;

    public static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length > BodyLength)
            body = body[..BodyLength] + "…";
        return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}" + (body.Length > 0 ? $": {body}" : "");
    }

    /// <summary>A request that never got an answer (refused connection, DNS, timeout after the retries).</summary>
    public static string Describe(Exception exception) => exception switch
    {
        HttpRequestException http => $"Could not reach the destination: {http.Message}",
        TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException => "The destination did not answer in time.",
        _ => exception.Message,
    };
}
