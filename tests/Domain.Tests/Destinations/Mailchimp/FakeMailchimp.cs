using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lodestar.Domain.Destinations;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Tests.Destinations.SenderTesting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lodestar.Domain.Tests.Destinations.Mailchimp;

/// <summary>
/// A Mailchimp-compatible server (Marketing API v3, the parts a list destination uses): Basic auth with the key as
/// password, ping, list lookup, members keyed by subscriber hash (PUT upserts, DELETE archives, actions/delete-permanent
/// forgets), Mailchimp's error
/// bodies, and failures on demand to prove the client's retries.
/// </summary>
public sealed class FakeMailchimp : IAsyncDisposable
{
    public const string ApiKey = "0123456789abcdef0123456789abcdef-us6";
    public const string ListId = "a1b2c3d4e5";
    public const string ListName = "Lodestar newsletter";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, int? RetryAfter)>> _faults = new();
    private LocalServer _server = null!;
    private int _inFlight;
    private int _requests;
    private int _maxInFlight;

    public ConcurrentDictionary<string, FakeMember> Members { get; } = new();

    /// <summary>Every member request as it arrived: method, subscriber hash, time, and the status answered.</summary>
    public ConcurrentQueue<(string Method, string Hash, DateTime At, int Status)> MemberRequests { get; } = new();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Every request that arrived, the ones refused for a wrong key included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>How long each member request takes, to make parallel requests overlap.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Every member request answers this status (an outage), when set.</summary>
    public int? FailAll { get; set; }

    public Uri BaseAddress => _server.BaseAddress;

    public static async Task<FakeMailchimp> StartAsync()
    {
        var fake = new FakeMailchimp();
        fake._server = await LocalServer.StartAsync(fake.Map);
        return fake;
    }

    /// <summary>The next request for this member answers <paramref name="status"/> (with Retry-After seconds when given).</summary>
    public void FailOnce(string hash, int status, int? retryAfterSeconds = null) =>
        _faults.GetOrAdd(hash, _ => new ConcurrentQueue<(int, int?)>()).Enqueue((status, retryAfterSeconds));

    /// <summary>A Mailchimp destination pointed at this server.</summary>
    public DestinationTarget Target(string listId = ListId, string apiKey = ApiKey, double? requestsPerSecond = null) =>
        SenderHost.Target(DestinationType.Mailchimp, new Dictionary<string, string> { ["listId"] = listId, ["apiBaseUrl"] = BaseAddress.ToString() },
            new Dictionary<string, string> { ["apiKey"] = apiKey }, requestsPerSecond);

    public static string Hash(string email) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())));

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requests);
            if (!Authorized(context.Request))
            {
                await Error(context, 401, "API Key Invalid", "Your API key may be invalid, or you've attempted to access the wrong datacenter.");
                return;
            }

            await next(context);
        });
        app.MapGet("/3.0/ping", () => Results.Json(new Dictionary<string, string> { ["health_status"] = "Everything's Chimpy!" }));
        app.MapGet("/3.0/lists/{list}", (string list) => list == ListId
            ? Results.Json(new { id = ListId, name = ListName, stats = new { member_count = Members.Values.Count(m => m.Status == "subscribed") } })
            : NotFound());
        app.MapPut("/3.0/lists/{list}/members/{hash}", (string list, string hash, HttpContext context) => MemberAsync(list, hash, context, UpsertAsync));
        app.MapDelete("/3.0/lists/{list}/members/{hash}", (string list, string hash, HttpContext context) => MemberAsync(list, hash, context, ArchiveAsync));
        app.MapPost("/3.0/lists/{list}/members/{hash}/actions/delete-permanent", (string list, string hash, HttpContext context) =>
            MemberAsync(list, hash, context, DeletePermanentlyAsync));
    }

    private async Task MemberAsync(string list, string hash, HttpContext context, Func<string, HttpContext, Task<int>> handle)
    {
        var arrived = DateTime.UtcNow;
        var now = Interlocked.Increment(ref _inFlight);
        for (var max = MaxInFlight; now > max && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max; max = MaxInFlight)
        {
        }

        try
        {
            if (Delay > TimeSpan.Zero)
                await Task.Delay(Delay);
            int status;
            if (_faults.TryGetValue(hash, out var faults) && faults.TryDequeue(out var fault))
            {
                if (fault.RetryAfter is { } seconds)
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                status = await Error(context, fault.Status, fault.Status == 429 ? "Too Many Requests" : "Internal Server Error", "Try again later.");
            }
            else if (FailAll is { } failure)
                status = await Error(context, failure, "Service Unavailable", "Mailchimp is down for maintenance.");
            else if (list != ListId)
                status = await Error(context, 404, "Resource Not Found", "The requested resource could not be found.");
            else
                status = await handle(hash, context);
            MemberRequests.Enqueue((context.Request.Method, hash, arrived, status));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task<int> UpsertAsync(string hash, HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        var email = root.GetProperty("email_address").GetString()!;
        if (Hash(email.Trim()) != hash)
            return await Error(context, 400, "Invalid Resource", "The subscriber hash is not the MD5 of the lower-cased email address.");
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || !email[(at + 1)..].Contains('.', StringComparison.Ordinal))
            return await Error(context, 400, "Invalid Resource", $"{email} looks fake or invalid, please enter a real email address.");
        Members.TryGetValue(hash, out var existing);
        var status = root.TryGetProperty("status", out var s) ? s.GetString()
            : existing?.Status ?? (root.TryGetProperty("status_if_new", out var n) ? n.GetString() : null);
        if (status is null)
            return await Error(context, 400, "Invalid Resource", "The resource submitted could not be validated.");
        var merge = new Dictionary<string, string>(existing?.MergeFields ?? new Dictionary<string, string>());
        if (root.TryGetProperty("merge_fields", out var fields))
        {
            foreach (var field in fields.EnumerateObject())
                merge[field.Name] = field.Value.GetString()!;
        }

        Members[hash] = new FakeMember(email, status, merge);
        await context.Response.WriteAsJsonAsync(new { id = hash, email_address = email, status, merge_fields = merge });
        return 200;
    }

    private async Task<int> ArchiveAsync(string hash, HttpContext context)
    {
        if (!Members.TryGetValue(hash, out var member) || member.Status == "archived")
            return await Error(context, 404, "Resource Not Found", "The requested resource could not be found.");
        Members[hash] = member with { Status = "archived" };
        context.Response.StatusCode = 204;
        return 204;
    }

    private async Task<int> DeletePermanentlyAsync(string hash, HttpContext context)
    {
        if (!Members.TryRemove(hash, out _))
            return await Error(context, 404, "Resource Not Found", "The requested resource could not be found.");
        context.Response.StatusCode = 204;
        return 204;
    }

    private static bool Authorized(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
            return false;
        var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        return credentials[(credentials.IndexOf(':', StringComparison.Ordinal) + 1)..] == ApiKey;
    }

    private static IResult NotFound() =>
        Results.Json(new { type = "https://mailchimp.com/developer/marketing/docs/errors/", title = "Resource Not Found", status = 404,
            detail = "The requested resource could not be found." }, statusCode: 404);

    private static async Task<int> Error(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { type = "https://mailchimp.com/developer/marketing/docs/errors/", title, status, detail });
        return status;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
