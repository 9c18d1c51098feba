using Lodestar.Portal.Client.Features.Destinations;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Destination types, destinations, connections and runs as the server would describe them, at <see cref="Now"/>.</summary>
public static class DestinationSamples
{
    public static readonly DateTime Now = StoppedClock.Now;

    public static IReadOnlyList<DestinationTypeDto> Types { get; } =
    [
        new("audience-webhook", "Webhook (audiences)", "POSTs signed JSON batches of audience_entered and audience_exited.", true, false, true,
        [
            new("url", "Endpoint URL", true, false, "The URL that receives the batches.", null, null),
            new("signingSecret", "Signing secret", true, true, "Signs each body with HMAC-SHA256.", null, null),
        ]),
        new("mailchimp", "Mailchimp list", "Upserts members of an audience list and archives those who leave.", true, false, true,
        [
            new("apiKey", "API key", true, true, null, null, null),
            new("listId", "Audience (list) id", true, false, "Under Audience → Settings.", null, null),
            new("status", "Status of new members", false, false, null, "subscribed", ["subscribed", "pending"]),
        ]),
        new("event-webhook", "Webhook (event stream)", "Forwards incoming tracking messages in near real time.", false, true, false,
        [
            new("url", "Endpoint URL", true, false, "The URL that receives the batches.", null, null),
            new("signingSecret", "Signing secret", true, true, "Signs each body with HMAC-SHA256.", null, null),
        ]),
        new("csv-file", "CSV file", "Writes the audience to a CSV file in a folder.", true, false, false,
        [
            new("folder", "Folder", true, false, "A folder the portal can write to.", null, null),
        ]),
    ];

    public static DestinationDto Destination(long id, string name, string type = "audience-webhook", bool enabled = true,
        IReadOnlyList<DestinationConnectionDto>? connections = null, IReadOnlyList<string>? secretsSet = null, DateTime? pausedAt = null,
        string? pausedReason = null, int failures = 0, string? consent = null) =>
        new(id, name, type, enabled, new Dictionary<string, string> { ["url"] = "https://hooks.example.com/in" }, secretsSet ?? ["signingSecret"], consent, 500, 5,
            failures, pausedAt, pausedReason, connections ?? [], Now.AddHours(-2), "mia@example.com");

    public static DestinationConnectionDto Connection(long id, long segmentId, string segmentName, int members = 1_234, int schedule = 60,
        IReadOnlyList<FieldMappingDto>? mapping = null) =>
        new(id, segmentId, segmentName, mapping ?? [new("first_name", "firstName")], schedule, true, members, Now.AddMinutes(-30), Now.AddMinutes(-30));

    public static DestinationRunDto Run(long id, string status = "Succeeded", int planned = 1_000, int sent = 1_000, int failed = 0, int skipped = 0,
        string? error = null, string? segment = "Churn risk", string trigger = "Schedule", bool full = false) =>
        new(id, 11, segment, trigger, status, full, Now.AddHours(-id), status == "Running" ? null : Now.AddHours(-id).AddSeconds(12.5), planned, sent,
            failed, skipped, error);
}
