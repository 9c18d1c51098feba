using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Destinations.Mailchimp;

/// <summary>
/// A Mailchimp list (Marketing API v3): adds are upserts of subscribed members with merge fields, removes archive
/// them. Members are sent a few at a time, each request through the rate limiter; Mailchimp's refusal of one member fails only
/// that record, a refusal of the key or list, or an outage, fails the batch. A privacy erasure deletes the person's
/// members permanently (by every email they were sent under).
/// </summary>
public sealed class MailchimpSender(IHttpClientFactory clients, DestinationRateLimiter limiter) : IAudienceSender, IPersonDeletionSender
{
    /// <summary>Mailchimp allows 10 simultaneous connections per account; two stay free for anything else using it.</summary>
    public const int MaxParallelRequests = 8;

    public const string NoEmail = "No email address: Mailchimp lists are keyed by email.";

    public DestinationTypeInfo Info { get; } = new(DestinationType.Mailchimp, "Mailchimp list",
        "Upserts members of a Mailchimp list (audience) as subscribed, with merge fields from the mapped traits, and archives "
        + "members who leave. Map traits to merge tags (FNAME, LNAME…).",
        Audiences: true, Events: false, SupportsDeletion: true,
        [
            new(MailchimpSettings.ListKey, "List id", Required: true, Help: "Audience → Settings → Audience name and defaults → Audience ID."),
            new(MailchimpSettings.BaseUrlKey, "API base URL",
                Help: "Leave empty for Mailchimp itself (the key's data centre, e.g. https://us6.api.mailchimp.com); set it for a Mailchimp-compatible server."),
            new(MailchimpSettings.ApiKeyKey, "API key", Required: true, Secret: true, Help: "Profile → Extras → API keys; ends in the data centre (…-us6)."),
        ]);

    public IReadOnlyDictionary<string, string> Validate(DestinationTarget target) => MailchimpSettings.Validate(target);

    public async Task<ConnectionTestResult> TestAsync(DestinationTarget target, CancellationToken cancellationToken)
    {
        if (Validate(target) is { Count: > 0 } problems)
            return new ConnectionTestResult(false, string.Join(" ", problems.Values));
        return await Api(target).TestAsync(cancellationToken);
    }

    public async Task<BatchOutcome> SendAsync(DestinationTarget target, AudienceBatch batch, CancellationToken cancellationToken)
    {
        if (Validate(target) is { Count: > 0 } problems)
            return BatchOutcome.Failure(string.Join(" ", problems.Values));
        var api = Api(target);
        var skipped = new Dictionary<long, string>();
        var work = new List<(AudienceRecord Record, string Email)>();
        foreach (var record in batch.Records)
        {
            if (record.First(IdentifierTypes.Email) is { } email && !string.IsNullOrWhiteSpace(email))
                work.Add((record, email));
            else
                skipped[record.LedgerEntryId] = NoEmail;
        }

        var failed = new ConcurrentDictionary<long, string>();
        var stop = new StrongBox<string?>();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelRequests, CancellationToken = cancellationToken },
            async (item, token) =>
            {
                if (Volatile.Read(ref stop.Value) is not null)
                    return;
                var result = await api.SendAsync(item.Email, item.Record.Action, item.Record.Fields, token);
                if (result.StopsBatch)
                    Interlocked.CompareExchange(ref stop.Value, result.Error, null);
                else if (result.Error is { } error)
                    failed[item.Record.LedgerEntryId] = error;
            });
        if (stop.Value is { } batchError)
            return BatchOutcome.Failure(batchError);
        return failed.IsEmpty && skipped.Count == 0 ? BatchOutcome.Success : BatchOutcome.Partial(failed, skipped);
    }

    public async Task<PersonDeletionOutcome> DeleteAsync(DestinationTarget target, PersonDeletion deletion, CancellationToken cancellationToken)
    {
        if (Validate(target) is { Count: > 0 } problems)
            return PersonDeletionOutcome.Refused(string.Join(" ", problems.Values));
        var emails = deletion.Members.SelectMany(m => m.All(IdentifierTypes.Email)).Select(e => e.Trim().ToLowerInvariant())
            .Where(e => e.Length > 0).Distinct().ToList();
        if (emails.Count == 0)
            return PersonDeletionOutcome.Accepted("Nothing to delete: " + NoEmail);
        var api = Api(target);
        var answers = new List<string>();
        foreach (var email in emails)
        {
            var (deleted, answer) = await api.DeletePermanentlyAsync(email, cancellationToken);
            if (!deleted)
                return PersonDeletionOutcome.Refused(answer);
            answers.Add(answer);
        }

        return PersonDeletionOutcome.Accepted(string.Join(" ", answers.Distinct()));
    }

    private MailchimpApi Api(DestinationTarget target) =>
        new(clients.CreateClient(DestinationHttp.ClientName), MailchimpSettings.Read(target), limiter, target);
}
