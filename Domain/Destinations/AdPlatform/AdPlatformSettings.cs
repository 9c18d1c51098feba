using System.Text.RegularExpressions;
using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>The settings of an ad-platform destination, read from a target whose settings passed <see cref="Validate"/>.</summary>
public sealed partial record AdPlatformSettings(
    AdPlatformKind Platform,
    bool ApiDelivery,
    Uri? Endpoint,
    string? Folder,
    string? AudienceId,
    string? DefaultCountry,
    string? AccessToken)
{
    public const string PlatformKey = "platform";
    public const string DeliveryKey = "delivery";
    public const string EndpointKey = "endpointUrl";
    public const string FolderKey = "folder";
    public const string AudienceKey = "audienceId";
    public const string CountryKey = "defaultCountryCode";
    public const string TokenKey = "accessToken";

    /// <summary>Where Meta's Graph API is when the endpoint URL is left empty.</summary>
    public const string MetaGraphApi = "https://graph.facebook.com/v21.0";

    public static IReadOnlyList<string> Platforms { get; } = ["google", "meta"];

    public static IReadOnlyList<string> Deliveries { get; } = ["file", "api"];

    public static IReadOnlyDictionary<string, string> Validate(DestinationTarget target, DestinationFolderResolver folders)
    {
        var problems = new Dictionary<string, string>();
        var platform = PlatformOf(target);
        if (platform is null)
            problems[PlatformKey] = target.Setting(PlatformKey) is { } unknown
                ? $"'{unknown}' is not a platform this destination knows; choose google or meta."
                : "Choose the platform: google (Customer Match) or meta (Custom Audiences).";
        var api = IsApi(target);
        if (api is null)
            problems[DeliveryKey] = $"'{target.Setting(DeliveryKey)}' is not a delivery; choose file (upload files in a folder) or api.";
        var audience = target.Setting(AudienceKey)?.Trim();
        if (audience is not null && !AudienceIdPattern().IsMatch(audience))
            problems[AudienceKey] = "The audience id has only letters, digits, '-' and '_' (Meta: the number of the Custom Audience).";
        if (target.Setting(CountryKey) is { } country && !CustomerListNormalizer.IsKnownCountry(country))
            problems[CountryKey] = $"'{country}' is not a country whose phone numbers Lodestar can read; use an ISO code such as US, GB, DE or AU.";
        if (api == true)
            ValidateApi(target, platform, audience, problems);
        else if (api == false && folders.Problem(target.Setting(FolderKey)) is { } folder)
            problems[FolderKey] = folder;
        return problems;
    }

    /// <exception cref="ArgumentException">The settings did not pass <see cref="Validate"/>.</exception>
    public static AdPlatformSettings Read(DestinationTarget target)
    {
        var platform = PlatformOf(target) ?? throw new ArgumentException("The platform is not set.", nameof(target));
        var api = IsApi(target) ?? throw new ArgumentException("The delivery is not known.", nameof(target));
        var endpoint = target.Setting(EndpointKey)?.Trim() ?? (platform == AdPlatformKind.Meta ? MetaGraphApi : null);
        return new AdPlatformSettings(platform, api, endpoint is null ? null : new Uri(endpoint), target.Setting(FolderKey),
            target.Setting(AudienceKey)?.Trim(), target.Setting(CountryKey)?.Trim(), target.Secret(TokenKey));
    }

    private static void ValidateApi(DestinationTarget target, AdPlatformKind? platform, string? audience, Dictionary<string, string> problems)
    {
        if (target.Setting(EndpointKey) is { } url)
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                problems[EndpointKey] = $"'{url}' is not an http:// or https:// URL.";
        }
        else if (platform == AdPlatformKind.Google)
        {
            problems[EndpointKey] = "Enter the URL the operations are posted to: the offline user data job's :addOperations URL.";
        }

        if (platform == AdPlatformKind.Meta && audience is null)
            problems[AudienceKey] = "Enter the id of the Meta Custom Audience the members are added to.";
        if (target.Secret(TokenKey) is null)
            problems[TokenKey] = "Enter the access token the platform's API accepts (sent as a Bearer token).";
    }

    private static AdPlatformKind? PlatformOf(DestinationTarget target) => target.Setting(PlatformKey)?.Trim().ToLowerInvariant() switch
    {
        "google" => AdPlatformKind.Google,
        "meta" => AdPlatformKind.Meta,
        _ => null,
    };

    private static bool? IsApi(DestinationTarget target) => target.Setting(DeliveryKey)?.Trim().ToLowerInvariant() switch
    {
        null or "file" => false,
        "api" => true,
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex AudienceIdPattern();
}
