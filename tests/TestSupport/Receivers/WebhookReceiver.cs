using System.Collections.Concurrent;
using System.Net;
using Lodestar.Domain.Destinations.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Lodestar.Testing.Receivers;

/// <summary>
/// The receiving side of a webhook destination, on Kestrel at 127.0.0.1: checks the HMAC signature (401 when wrong),
/// applies each idempotency key once (a resent batch is answered 200 and counted, not applied again), and can be
/// scripted to answer with errors first (<see cref="Script"/>) or to be down.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly ConcurrentDictionary<string, bool> _keys = new();
    private int _requests;
    private int _duplicates;
    private int _badSignatures;

    private WebhookReceiver(WebApplication app, string secret)
    {
        _app = app;
        _secret = secret;
    }

    public string Url => _app.Urls.First() + "/hook";

    /// <summary>Responses to give, in order, before accepting: a status code and an optional Retry-After (seconds).</summary>
    public ConcurrentQueue<(HttpStatusCode Status, int? RetryAfterSeconds)> Script { get; } = new();

    /// <summary>Answer every request with 503.</summary>
    public bool Down { get; set; }

    public ConcurrentQueue<ReceivedBatch> Accepted { get; } = new();

    /// <summary>Called after a batch is applied and before the answer is written (a test can "crash" the sender here).</summary>
    public Action<ReceivedBatch>? OnAccepted { get; set; }

    public int Requests => _requests;

    public int Duplicates => _duplicates;

    public int BadSignatures => _badSignatures;

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, secret);
        app.MapPost("/hook", (Delegate)receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        if (Down)
            return Results.StatusCode(503);
        if (!WebhookSigner.Verify(body, _secret, context.Request.Headers[WebhookSigner.SignatureHeader]))
        {
            Interlocked.Increment(ref _badSignatures);
            return Results.Unauthorized();
        }

        if (Script.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfterSeconds is { } seconds)
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text("scripted failure", statusCode: (int)scripted.Status);
        }

        var key = context.Request.Headers[WebhookSigner.IdempotencyHeader].FirstOrDefault();
        if (key is not null && !_keys.TryAdd(key, true))
        {
            Interlocked.Increment(ref _duplicates);
            return Results.Ok();
        }

        var batch = new ReceivedBatch(key, body);
        Accepted.Enqueue(batch);
        OnAccepted?.Invoke(batch);
        return Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
