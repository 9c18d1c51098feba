namespace Lodestar.Domain.Destinations;

/// <summary>The names the API and the UI use for <see cref="DestinationType"/>.</summary>
public static class DestinationTypeNames
{
    private static readonly Dictionary<DestinationType, string> Names = new()
    {
        [DestinationType.AudienceWebhook] = "audience-webhook",
        [DestinationType.EventWebhook] = "event-webhook",
        [DestinationType.Mailchimp] = "mailchimp",
        [DestinationType.AdPlatform] = "ad-platform",
        [DestinationType.CsvFile] = "csv-file",
    };

    public static IEnumerable<string> All => Names.Values;

    public static string Of(DestinationType type) => Names[type];

    public static bool TryParse(string? name, out DestinationType type)
    {
        foreach (var (key, value) in Names)
        {
            if (string.Equals(value, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = key;
                return true;
            }
        }

        type = default;
        return false;
    }
}
