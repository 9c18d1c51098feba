using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Mailchimp;

/// <summary>
/// A Mailchimp destination's list, API base and key. The base defaults to the key's data centre
/// (<c>…-us6</c> → https://us6.api.mailchimp.com/3.0/) and can be set to any Mailchimp-compatible server.
/// </summary>
public sealed partial record MailchimpSettings(string ListId, Uri ApiBase, string ApiKey)
{
    public const string ListKey = "listId";
    public const string BaseUrlKey = "apiBaseUrl";
    public const string ApiKeyKey = "apiKey";

    public static IReadOnlyDictionary<string, string> Validate(DestinationTarget target)
    {
        var problems = new Dictionary<string, string>();
        if (target.Setting(ListKey)?.Trim() is not { } list)
            problems[ListKey] = "Enter the id of the Mailchimp list (Audience → Settings → Audience name and defaults).";
        else if (!ListIdPattern().IsMatch(list))
            problems[ListKey] = $"'{list}' is not a Mailchimp list id: it has only letters and digits, such as a1b2c3d4e5.";
        var key = target.Secret(ApiKeyKey)?.Trim();
        if (key is null)
            problems[ApiKeyKey] = "Enter a Mailchimp API key (Profile → Extras → API keys).";
        if (target.Setting(BaseUrlKey)?.Trim() is { } url)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                problems[BaseUrlKey] = $"'{url}' is not an http:// or https:// URL.";
        }
        else if (key is not null && DataCentre(key) is null)
        {
            problems[ApiKeyKey] = "The API key does not end in its data centre (…-us6); check the key, or enter the API base URL.";
        }

        return problems;
    }

    /// <exception cref="ArgumentException">The settings did not pass <see cref="Validate"/>.</exception>
    public static MailchimpSettings Read(DestinationTarget target)
    {
        var key = target.Secret(ApiKeyKey)?.Trim() ?? throw new ArgumentException("The API key is not set.", nameof(target));
        var root = target.Setting(BaseUrlKey)?.Trim()
                   ?? (DataCentre(key) is { } dc ? $"https://{dc}.api.mailchimp.com" : throw new ArgumentException("No data centre.", nameof(target)));
        root = root.TrimEnd('/');
        if (root.EndsWith("/3.0", StringComparison.Ordinal))
            root = root[..^"/3.0".Length];
        return new MailchimpSettings(target.Setting(ListKey)!.Trim(), new Uri(root + "/3.0/"), key);
    }

    /// <summary>The data centre a Mailchimp API key ends in (us6 in 0123…cdef-us6), or null.</summary>
    public static string? DataCentre(string apiKey) => DataCentrePattern().Match(apiKey.Trim()) is { Success: true } match
        ? match.Groups[1].Value.ToLowerInvariant()
        : null;

    public Uri Ping => new(ApiBase, "ping");

    public Uri List => new(ApiBase, $"lists/{Uri.EscapeDataString(ListId)}");

    public Uri Member(string subscriberHash) => new(ApiBase, $"lists/{Uri.EscapeDataString(ListId)}/members/{subscriberHash}");

    /// <summary>HTTP Basic with any user name and the key as the password, as Mailchimp documents.</summary>
    public AuthenticationHeaderValue Authorization => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("lodestar:" + ApiKey)));

    [GeneratedRegex("^[A-Za-z0-9]{1,50}$")]
    private static partial Regex ListIdPattern();

    [GeneratedRegex("-([A-Za-z]+[0-9]+)$")]
    private static partial Regex DataCentrePattern();
}
