using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Lodestar.Domain.Tests.Destinations.SenderTesting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lodestar.Domain.Tests.Destinations.AdPlatform;

/// <summary>
/// The receiving side of both ad platforms, as far as a customer-list destination uses them: Google Ads'
/// <c>…offlineUserDataJobs/{job}:addOperations</c> (create / remove operations, partial failure per operation,
/// validateOnly) and Meta's Graph API <c>/{audience}</c> and <c>/{audience}/users</c> (POST adds, DELETE removes).
/// Both check the Bearer token and keep the list's hashed identifiers.
/// </summary>
public sealed class FakeAdPlatform : IAsyncDisposable
{
    public const string Token = "ya29.test-token";
    public const string GooglePath = "v17/customers/1234567890/offlineUserDataJobs/555:addOperations";
    public const string MetaAudience = "23850000000000001";

    private readonly ConcurrentQueue<int> _failures = new();
    private LocalServer _server = null!;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>The list's members as the platform holds them: each customer's hashed identifiers joined by '|'.</summary>
    public ConcurrentDictionary<string, bool> Members { get; } = new();

    /// <summary>Google refuses operations carrying this hashed email (as an invalid identifier) and applies the rest.</summary>
    public string? RefusedHash { get; set; }

    public Uri GoogleEndpoint => new(_server.BaseAddress, GooglePath);

    public Uri MetaGraph => new(_server.BaseAddress, "v21.0");

    public static async Task<FakeAdPlatform> StartAsync()
    {
        var fake = new FakeAdPlatform();
        fake._server = await LocalServer.StartAsync(app => app.Run(fake.HandleAsync));
        return fake;
    }

    /// <summary>The next request answers this status.</summary>
    public void FailOnce(int status) => _failures.Enqueue(status);

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var request = new ReceivedRequest(context.Request.Method, context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString,
            context.Request.Headers.Authorization.ToString(), context.Request.Headers["X-Lodestar-Normalizer-Version"].ToString(),
            context.Request.Headers["Idempotency-Key"].ToString(), body.Length > 0 ? JsonNode.Parse(body) : null);
        Requests.Enqueue(request);
        if (_failures.TryDequeue(out var failure))
            await Error(context, failure, "Backend Error");
        else if (request.Authorization != "Bearer " + Token)
            await Error(context, 401, "Request is missing required authentication credential.");
        else if (request.Method == "POST" && request.Path == GooglePath)
            await GoogleAsync(context, request.Body!);
        else if (request.Path.StartsWith($"v21.0/{MetaAudience}", StringComparison.Ordinal))
            await MetaAsync(context, request);
        else
            await Error(context, 400, "(#100) Object with ID does not exist, cannot be loaded due to missing permissions, or does not support this operation.");
    }

    private async Task GoogleAsync(HttpContext context, JsonNode body)
    {
        var errors = new JsonArray();
        var operations = body["operations"]!.AsArray();
        var validateOnly = body["validateOnly"]?.GetValue<bool>() == true;
        for (var i = 0; i < operations.Count; i++)
        {
            var (kind, data) = operations[i]!.AsObject().Single();
            var identifiers = data!["userIdentifiers"]!.AsArray().Select(id => id!.AsObject().Single().Value!.GetValue<string>()).ToList();
            if (RefusedHash is not null && identifiers.Contains(RefusedHash))
            {
                errors.Add(new JsonObject
                {
                    ["errorCode"] = new JsonObject { ["offlineUserDataJobError"] = "INVALID_SHA256_FORMAT" },
                    ["message"] = "The SHA256 encoded value is malformed.",
                    ["location"] = new JsonObject
                    {
                        ["fieldPathElements"] = new JsonArray(new JsonObject { ["fieldName"] = "operations", ["index"] = i },
                            new JsonObject { ["fieldName"] = kind }),
                    },
                });
            }
            else if (!validateOnly)
            {
                Apply(kind == "create", identifiers);
            }
        }

        var answer = new JsonObject();
        if (errors.Count > 0)
        {
            answer["partialFailureError"] = new JsonObject
            {
                ["code"] = 3,
                ["message"] = "Multiple errors in ‘details’.",
                ["details"] = new JsonArray(new JsonObject { ["@type"] = "type.googleapis.com/google.ads.googleads.v17.errors.GoogleAdsFailure", ["errors"] = errors }),
            };
        }

        await context.Response.WriteAsJsonAsync(answer);
    }

    private async Task MetaAsync(HttpContext context, ReceivedRequest request)
    {
        if (request.Method == "GET")
        {
            await context.Response.WriteAsJsonAsync(new { id = MetaAudience, name = "Trial users (Lodestar)" });
            return;
        }

        var payload = request.Body!["payload"]!;
        var rows = payload["data"]!.AsArray();
        foreach (var row in rows)
            Apply(request.Method == "POST", row!.AsArray().Select(v => v!.GetValue<string>()).Where(v => v.Length > 0).ToList());
        await context.Response.WriteAsJsonAsync(new
        {
            audience_id = MetaAudience, session_id = "9778993", num_received = rows.Count, num_invalid_entries = 0, invalid_entry_samples = new { },
        });
    }

    private void Apply(bool add, List<string> identifiers)
    {
        var key = string.Join("|", identifiers);
        if (add)
            Members[key] = true;
        else
            Members.TryRemove(key, out _);
    }

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { code = status, message, status = "INVALID_ARGUMENT" } });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
