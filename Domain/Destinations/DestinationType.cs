namespace Lodestar.Domain.Destinations;

/// <summary>The kinds of system a destination sends to; each has its own sender and settings.</summary>
public enum DestinationType
{
    /// <summary>Signed JSON batches of audience_entered / audience_exited.</summary>
    AudienceWebhook = 1,

    /// <summary>Incoming tracking messages forwarded in near real time.</summary>
    EventWebhook = 2,

    /// <summary>A Mailchimp Marketing API v3 list (audience).</summary>
    Mailchimp = 3,

    /// <summary>Google Customer Match / Meta Custom Audience style hashed identifiers.</summary>
    AdPlatform = 4,

    /// <summary>CSV files written to a folder.</summary>
    CsvFile = 5,
}
