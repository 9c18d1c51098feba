using System.Net.Http.Json;
using System.Text.Json;

namespace Lodestar.Portal.Client.Infrastructure;

/// <summary>Calls the management API from WebAssembly and turns problem details into <see cref="ApiException"/>.</summary>
public static class HttpApi
{
    public static async Task<T> GetAsync<T>(HttpClient http, string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A GET whose answer also carries a value in a response header (a paging cursor).</summary>
    public static async Task<(T Body, string? Header)> GetWithHeaderAsync<T>(
        HttpClient http, string url, string header, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        var body = await ReadAsync<T>(response, cancellationToken);
        return (body, response.Headers.TryGetValues(header, out var values) ? values.FirstOrDefault() : null);
    }

    public static async Task<T> SendAsync<T>(HttpClient http, HttpMethod method, string url, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(http, method, url, body, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    public static async Task SendAsync(HttpClient http, HttpMethod method, string url, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(http, method, url, body, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    private static Task<HttpResponseMessage> SendCoreAsync(HttpClient http, HttpMethod method, string url, object? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType());
        return http.SendAsync(request, cancellationToken);
    }

    /// <summary>The body of a response that must be a success; problem details become <see cref="ApiException"/>.</summary>
    public static Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) => ReadAsync<T>(response, cancellationToken);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(cancellationToken))!;
    }

    private static string? TextOf(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var status = (int)response.StatusCode;
        string message = $"The server answered {status} {response.ReasonPhrase}.";
        Dictionary<string, string[]>? errors = null;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (problem.ValueKind == JsonValueKind.Object)
            {
                if ((TextOf(problem, "detail") ?? TextOf(problem, "title")) is { } text)
                    message = text;
                if (problem.TryGetProperty("errors", out var fieldErrors) && fieldErrors.ValueKind == JsonValueKind.Object)
                    errors = fieldErrors.Deserialize<Dictionary<string, string[]>>();
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // Not a problem-details body; the status line is the best message there is.
        }

        throw new ApiException(status, message, errors);
    }
}
