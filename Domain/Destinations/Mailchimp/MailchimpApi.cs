using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Mailchimp;

/// <summary>
/// The Mailchimp Marketing API v3 calls a list destination makes, through the resilient destination client and the
/// destination's rate limit.
/// </summary>
public sealed class MailchimpApi(HttpClient http, MailchimpSettings settings, DestinationRateLimiter limiter, DestinationTarget target)
{
    /// <summary>
    /// Adds or updates the member (<c>PUT …/members/{hash}</c>: subscribed, merge fields from the mapped fields), or
    /// archives it (<c>DELETE</c>, which archives in v3; a 404 means it is already gone).
    /// </summary>
    public async Task<MailchimpMemberResult> SendAsync(string email, LedgerAction action, IReadOnlyDictionary<string, string?> fields,
        CancellationToken cancellationToken)
    {
        var uri = settings.Member(MailchimpSubscriberHash.Of(email));
        using var request = new HttpRequestMessage(action == LedgerAction.Add ? HttpMethod.Put : HttpMethod.Delete, uri);
        if (action == LedgerAction.Add)
            request.Content = Json(Member(email, fields));
        try
        {
            using var response = await SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode || (action == LedgerAction.Remove && response.StatusCode == HttpStatusCode.NotFound))
                return MailchimpMemberResult.Sent;
            return RefusesMember(response.StatusCode, action)
                ? new MailchimpMemberResult(await MailchimpErrors.ForMemberAsync(response, cancellationToken), false)
                : new MailchimpMemberResult(await DestinationResponses.DescribeAsync(response, MailchimpErrors.Message, cancellationToken), true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new MailchimpMemberResult(DestinationResponses.Describe(ex), true);
        }
    }

    /// <summary>
    /// Deletes the member and its data for good (<c>POST …/members/{hash}/actions/delete-permanent</c>; Mailchimp then
    /// refuses to re-add the address without the person's own opt-in). A 404 means the list never held it or it is gone.
    /// </summary>
    /// <returns>Whether it is gone, and what Mailchimp answered.</returns>
    public async Task<(bool Deleted, string Answer)> DeletePermanentlyAsync(string email, CancellationToken cancellationToken)
    {
        var uri = new Uri(settings.Member(MailchimpSubscriberHash.Of(email)) + "/actions/delete-permanent");
        try
        {
            using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, uri), cancellationToken);
            if (response.IsSuccessStatusCode)
                return (true, $"Mailchimp deleted the member permanently (HTTP {(int)response.StatusCode}).");
            if (response.StatusCode == HttpStatusCode.NotFound)
                return (true, "Mailchimp does not hold the member (HTTP 404): nothing to delete.");
            return (false, await DestinationResponses.DescribeAsync(response, MailchimpErrors.Message, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (false, DestinationResponses.Describe(ex));
        }
    }

    /// <summary>GET /ping, then the list: the key, the server and the list id all work.</summary>
    public async Task<ConnectionTestResult> TestAsync(CancellationToken cancellationToken)
    {
        try
        {
            using (var ping = await SendAsync(new HttpRequestMessage(HttpMethod.Get, settings.Ping), cancellationToken))
            {
                if (!ping.IsSuccessStatusCode)
                    return new ConnectionTestResult(false, $"Mailchimp at {settings.ApiBase} refused the ping: "
                                                           + await DestinationResponses.DescribeAsync(ping, MailchimpErrors.Message, cancellationToken));
            }

            using var list = await SendAsync(new HttpRequestMessage(HttpMethod.Get, settings.List), cancellationToken);
            if (list.StatusCode == HttpStatusCode.NotFound)
                return new ConnectionTestResult(false, $"The key works, but this Mailchimp account has no list (audience) with id '{settings.ListId}'.");
            if (!list.IsSuccessStatusCode)
                return new ConnectionTestResult(false, await DestinationResponses.DescribeAsync(list, MailchimpErrors.Message, cancellationToken));
            var body = await list.Content.ReadAsStringAsync(cancellationToken);
            var name = ResponseJson.Read(body, root => ResponseJson.Text(root, "name")) ?? settings.ListId;
            var members = ResponseJson.Read(body, MemberCount);
            return new ConnectionTestResult(true, $"Connected to Mailchimp: list '{name}'" + (members is null ? "." : $" ({members} members)."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ConnectionTestResult(false, DestinationResponses.Describe(ex));
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            await limiter.WaitAsync(target, cancellationToken);
            request.Headers.Authorization = settings.Authorization;
            return await http.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>
    /// Mailchimp's 4xx about the member itself (an invalid address, a member in compliance state, invalid merge fields).
    /// A wrong key (401/403), a list that does not exist (404 on PUT), or throttling and outages that outlived the
    /// retries are about every member: the batch stops.
    /// </summary>
    private static bool RefusesMember(HttpStatusCode status, LedgerAction action) =>
        (int)status is >= 400 and < 500
        && status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        && !(status == HttpStatusCode.NotFound && action == LedgerAction.Add);

    private static Dictionary<string, object> Member(string email, IReadOnlyDictionary<string, string?> fields)
    {
        var member = new Dictionary<string, object>
        {
            ["email_address"] = email.Trim(),
            ["status_if_new"] = "subscribed",
            ["status"] = "subscribed",
        };
        // A missing trait is left out rather than sent empty, so it does not wipe what the list already holds.
        var mergeFields = fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!);
        if (mergeFields.Count > 0)
            member["merge_fields"] = mergeFields;
        return member;
    }

    private static ByteArrayContent Json(object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string? MemberCount(JsonElement root) =>
        root.TryGetProperty("stats", out var stats) && stats.TryGetProperty("member_count", out var count) && count.TryGetInt64(out var n)
            ? n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
