using System.Net.Http.Headers;
using System.Text.Json;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Webhooks;

/// <summary>One signed POST to a webhook destination through the resilient client; null when it was accepted (2xx).</summary>
public static class WebhookPoster
{
    public static async Task<string?> PostAsync(
        IHttpClientFactory clients, DestinationTarget target, byte[] body, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Setting("url"));
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(body, target.Secret("signingSecret") ?? ""));
        request.Headers.Add(WebhookSigner.IdempotencyHeader, idempotencyKey);
        try
        {
            using var response = await clients.CreateClient(DestinationHttp.ClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : await DestinationResponses.DescribeAsync(response, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DestinationResponses.Describe(ex);
        }
    }

    /// <summary>Posts <c>{"type":"test"}</c>, signed, to check the URL, the network path and the receiver.</summary>
    public static async Task<ConnectionTestResult> TestAsync(IHttpClientFactory clients, DestinationTarget target, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { type = "test", destination = target.Name });
        var error = await PostAsync(clients, target, body, $"test-{Guid.NewGuid():N}", cancellationToken);
        return error is null
            ? new ConnectionTestResult(true, $"{target.Setting("url")} accepted a signed test request.")
            : new ConnectionTestResult(false, error);
    }
}
