using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Destinations.Webhooks;

namespace Lodestar.Domain.Destinations.EventStream;

/// <summary>
/// Webhook (event stream): incoming tracking messages, as stored, POSTed in signed JSON batches within a second or so
/// of their arrival, filtered by type and name and by each message's <c>integrations</c> object.
/// </summary>
public sealed class EventWebhookType(IHttpClientFactory clients) : IDestinationType
{
    public DestinationTypeInfo Info { get; } = new(DestinationType.EventWebhook, "Webhook (event stream)",
        "Forwards incoming tracking messages (identify, track, page, screen, group, alias) in near real time as signed " +
        "JSON batches {\"batch\":[…],\"sentAt\":…}, honouring each message's integrations object (a key with the " +
        "destination's name set to false leaves it out). A new destination starts at the current end of the stream: " +
        "it forwards what arrives after it is created, not the history.",
        Audiences: false, Events: true, SupportsDeletion: false,
        [
            new("url", "Endpoint URL", Required: true, Help: "https://… — receives POST requests with a JSON body."),
            new(EventFilterSettings.TypesKey, "Message types",
                Help: "Comma-separated: track, identify, page, screen, group, alias. Empty sends every type."),
            new(EventFilterSettings.NamesKey, "Only these event names",
                Help: "Comma-separated track event and page/screen names (any case), e.g. Order Completed, Signed Up. " +
                      "Empty sends every name. Identify, group and alias messages have no name and are not affected."),
            new(EventFilterSettings.ExcludedNamesKey, "Leave out these event names",
                Help: "Comma-separated track event and page/screen names (any case) never to send."),
            new("signingSecret", "Signing secret", Required: true, Secret: true,
                Help: "X-Lodestar-Signature is sha256=HMAC-SHA256(secret, body) in hex; check it before trusting a request. " +
                      "Idempotency-Key is the same when a batch is sent again."),
        ]);

    public IReadOnlyDictionary<string, string> Validate(DestinationTarget target)
    {
        var problems = new Dictionary<string, string>(WebhookSettings.Validate(target));
        foreach (var (key, problem) in EventFilterSettings.Validate(target))
            problems[key] = problem;
        return problems;
    }

    public Task<ConnectionTestResult> TestAsync(DestinationTarget target, CancellationToken cancellationToken) =>
        WebhookPoster.TestAsync(clients, target, cancellationToken);
}
