using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Lodestar.Domain.Destinations.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lodestar.Benchmarks;

/// <summary>
/// An event-stream receiver for benchmarks, on Kestrel at 127.0.0.1: checks the signature and notes each messageId
/// with its arrival time, streaming over the body instead of building a document, so that receiving costs the
/// process it shares with the portal as little as possible. Resent batches (a known Idempotency-Key) are not noted again.
/// </summary>
public sealed class LeanWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly ConcurrentDictionary<string, bool> _keys = new();
    private int _requests;
    private int _badSignatures;
    private int _duplicates;

    private LeanWebhookReceiver(WebApplication app, string secret)
    {
        _app = app;
        _secret = secret;
    }

    public string Url => _app.Urls.First() + "/hook";

    /// <summary>Each messageId received, with its arrival (a Stopwatch timestamp).</summary>
    public ConcurrentQueue<(string MessageId, long ArrivedAt)> Messages { get; } = new();

    public int Requests => _requests;

    public int BadSignatures => _badSignatures;

    public int Duplicates => _duplicates;

    public static async Task<LeanWebhookReceiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new LeanWebhookReceiver(app, secret);
        app.MapPost("/hook", (Delegate)receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var arrivedAt = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _requests);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!WebhookSigner.Verify(body.Span, _secret, context.Request.Headers[WebhookSigner.SignatureHeader]))
        {
            Interlocked.Increment(ref _badSignatures);
            return Results.Unauthorized();
        }

        if (context.Request.Headers[WebhookSigner.IdempotencyHeader].FirstOrDefault() is { } key && !_keys.TryAdd(key, true))
        {
            Interlocked.Increment(ref _duplicates);
            return Results.Ok();
        }

        Note(body.Span, arrivedAt);
        return Results.Ok();
    }

    // The messages are the objects of the "batch" array, one level down; each has its messageId at its own top level.
    private void Note(ReadOnlySpan<byte> body, long arrivedAt)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 3 && reader.ValueTextEquals("messageId"u8))
            {
                reader.Read();
                Messages.Enqueue((reader.GetString()!, arrivedAt));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
