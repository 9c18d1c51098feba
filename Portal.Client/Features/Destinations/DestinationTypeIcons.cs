using MudBlazor;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>The icon that stands for a destination type in lists, cards and headers.</summary>
public static class DestinationTypeIcons
{
    public static string Of(string type) => type switch
    {
        "audience-webhook" => Icons.Material.Filled.Webhook,
        "event-webhook" => Icons.Material.Filled.Bolt,
        "mailchimp" => Icons.Material.Filled.MarkEmailRead,
        "ad-platform" => Icons.Material.Filled.Campaign,
        "csv-file" => Icons.Material.Filled.Description,
        _ => Icons.Material.Filled.Send,
    };

    /// <summary>The type's title when the server described it, else its key (a type this build no longer knows).</summary>
    public static string Title(string type, IEnumerable<DestinationTypeDto>? types) =>
        types?.FirstOrDefault(t => t.Type == type)?.Title ?? type;
}
