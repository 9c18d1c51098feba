using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Webhooks;

/// <summary>The settings both webhook types share: an http(s) URL and a signing secret.</summary>
public static class WebhookSettings
{
    public static IReadOnlyDictionary<string, string> Validate(DestinationTarget target)
    {
        var problems = new Dictionary<string, string>();
        if (target.Setting("url") is not { } url)
            problems["url"] = "Enter the endpoint URL the webhook posts to.";
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            problems["url"] = $"'{url}' is not an http:// or https:// URL.";
        if (target.Secret("signingSecret") is not { } secret)
            problems["signingSecret"] = "Enter a signing secret (at least 16 characters) that the receiver uses to check signatures.";
        else if (secret.Length < 16)
            problems["signingSecret"] = "The signing secret must have at least 16 characters.";
        return problems;
    }
}
