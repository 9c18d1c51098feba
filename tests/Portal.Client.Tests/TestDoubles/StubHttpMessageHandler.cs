using System.Net;
using System.Text;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Answers every request with one canned response and keeps the requests (with their bodies) it saw.</summary>
public sealed class StubHttpMessageHandler(HttpStatusCode status, string body, string mediaType = "application/json") : HttpMessageHandler
{
    public List<(HttpMethod Method, Uri? Uri, string? Body)> Requests { get; } = [];

    /// <summary>Response headers to add, such as a paging cursor.</summary>
    public Dictionary<string, string> ResponseHeaders { get; } = [];

    public HttpClient CreateClient() => new(this) { BaseAddress = new Uri("https://portal.test/") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri, requestBody));
        var response = new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        foreach (var (name, value) in ResponseHeaders)
            response.Headers.Add(name, value);
        return response;
    }
}
