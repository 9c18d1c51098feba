using System.Net.Http.Headers;
using System.Text.Json;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Destinations.Webhooks;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>
/// The platforms' APIs: Google's addOperations (create / remove operations, partial failure per operation) and
/// Meta's /{audience}/users (POST adds, DELETE removes). Every request carries the access token as a Bearer token
/// and the normaliser's version in <see cref="NormalizerHeader"/>.
/// </summary>
public sealed class AdPlatformApi(IHttpClientFactory clients, DestinationRateLimiter limiter)
{
    public const string NormalizerHeader = "X-Lodestar-Normalizer-Version";

    /// <returns>The request's error (nothing was applied), else the customers the platform refused, by ledger entry id.</returns>
    public async Task<(string? Error, IReadOnlyDictionary<long, string> Refused)> SendAsync(DestinationTarget target, AdPlatformSettings settings,
        IReadOnlyList<HashedCustomer> customers, LedgerAction action, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = settings.Platform == AdPlatformKind.Google
            ? Request(HttpMethod.Post, settings.Endpoint!, settings, CustomerListPayloads.Google(customers, action))
            : Request(action == LedgerAction.Add ? HttpMethod.Post : HttpMethod.Delete, MetaUsers(settings), settings, CustomerListPayloads.Meta(customers));
        request.Headers.Add(WebhookSigner.IdempotencyHeader, idempotencyKey);
        var (body, error) = await SendAsync(target, request, cancellationToken);
        if (error is not null)
            return (error, new Dictionary<long, string>());
        return (null, settings.Platform == AdPlatformKind.Google ? GooglePartialFailures.Read(body, customers) : new Dictionary<long, string>());
    }

    public async Task<ConnectionTestResult> TestAsync(DestinationTarget target, AdPlatformSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Platform == AdPlatformKind.Google)
        {
            // validateOnly: Google checks the job, the token and the operation without applying anything.
            var probe = new HashedCustomer(0, LedgerAction.Add, CustomerListNormalizer.Sha256Hex("connection-test@example.com"), null);
            using var validate = Request(HttpMethod.Post, settings.Endpoint!, settings, CustomerListPayloads.Google([probe], LedgerAction.Add, validateOnly: true));
            var (_, googleError) = await SendAsync(target, validate, cancellationToken);
            return googleError is null
                ? new ConnectionTestResult(true, $"Google accepted a validate-only request at {settings.Endpoint}.")
                : new ConnectionTestResult(false, googleError);
        }

        using var lookup = Request(HttpMethod.Get, new Uri(MetaAudience(settings) + "?fields=id,name"), settings, null);
        var (body, metaError) = await SendAsync(target, lookup, cancellationToken);
        if (metaError is not null)
            return new ConnectionTestResult(false, metaError);
        var name = ResponseJson.Read(body, root => ResponseJson.Text(root, "name")) ?? settings.AudienceId;
        return new ConnectionTestResult(true, $"Meta Custom Audience '{name}' ({settings.AudienceId}) is reachable with this token.");
    }

    private async Task<(string Body, string? Error)> SendAsync(DestinationTarget target, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            await limiter.WaitAsync(target, cancellationToken);
            using var response = await clients.CreateClient(DestinationHttp.ClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return ("", await DestinationResponses.DescribeAsync(response, ErrorMessage, cancellationToken));
            return (await response.Content.ReadAsStringAsync(cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ("", DestinationResponses.Describe(ex));
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri uri, AdPlatformSettings settings, byte[]? body)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        request.Headers.Add(NormalizerHeader, CustomerListNormalizer.Version);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }

    private static string MetaAudience(AdPlatformSettings settings) =>
        settings.Endpoint!.ToString().TrimEnd('/') + "/" + Uri.EscapeDataString(settings.AudienceId!);

    private static Uri MetaUsers(AdPlatformSettings settings) => new(MetaAudience(settings) + "/users");

    /// <summary>Both Google and Meta answer errors as <c>{"error":{"message":…}}</c>.</summary>
    private static string? ErrorMessage(JsonElement root) =>
        root.TryGetProperty("error", out var error) ? ResponseJson.Text(error, "message") : ResponseJson.Text(root, "message");
}
