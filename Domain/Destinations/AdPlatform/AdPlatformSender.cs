using Lodestar.Domain.Destinations.Files;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>
/// Google Customer Match / Meta Custom Audience lists: each member's email and phone normalised and SHA-256 hashed
/// (<see cref="CustomerListNormalizer"/>), delivered through the platform's API or as the platform's upload file.
/// Adds and removes go in separate requests (files); a record with nothing to match on is skipped.
/// </summary>
public sealed class AdPlatformSender(AdPlatformApi api, DestinationFolderResolver folders) : IAudienceSender
{
    public DestinationTypeInfo Info { get; } = new(DestinationType.AdPlatform, "Ad-platform customer list",
        "Google Customer Match or Meta Custom Audience: normalised, SHA-256 hashed emails and phone numbers, sent to the "
        + $"platform's API or written as its upload file (normaliser v{CustomerListNormalizer.Version}).",
        Audiences: true, Events: false, SupportsDeletion: false,
        [
            new(AdPlatformSettings.PlatformKey, "Platform", Required: true, Choices: AdPlatformSettings.Platforms),
            new(AdPlatformSettings.DeliveryKey, "Delivery", Required: true, DefaultValue: "file", Choices: AdPlatformSettings.Deliveries,
                Help: "file: CSV files to upload in the platform's UI. api: the platform's API with an access token."),
            new(AdPlatformSettings.EndpointKey, "Endpoint URL",
                Help: "api. Google: the offline user data job's …:addOperations URL. Meta: the Graph API base, default "
                      + AdPlatformSettings.MetaGraphApi + "."),
            new(AdPlatformSettings.AudienceKey, "Audience id", Help: "The Customer Match list or Custom Audience (required for Meta's API)."),
            new(AdPlatformSettings.FolderKey, "Folder", Help: "file: relative to the server's destination file root (Destinations:FileRoot)."),
            new(AdPlatformSettings.CountryKey, "Default country",
                Help: "ISO code (US, GB, AU…) for phone numbers stored without a country code; without it such numbers are not sent."),
            new(AdPlatformSettings.TokenKey, "Access token", Secret: true, Help: "api: sent as Authorization: Bearer."),
        ]);

    public IReadOnlyDictionary<string, string> Validate(DestinationTarget target) => AdPlatformSettings.Validate(target, folders);

    public Task<ConnectionTestResult> TestAsync(DestinationTarget target, CancellationToken cancellationToken)
    {
        if (Validate(target) is { Count: > 0 } problems)
            return Task.FromResult(new ConnectionTestResult(false, string.Join(" ", problems.Values)));
        var settings = AdPlatformSettings.Read(target);
        return settings.ApiDelivery
            ? api.TestAsync(target, settings, cancellationToken)
            : Task.FromResult(folders.TestWritable(settings.Folder));
    }

    public async Task<BatchOutcome> SendAsync(DestinationTarget target, AudienceBatch batch, CancellationToken cancellationToken)
    {
        if (Validate(target) is { Count: > 0 } problems)
            return BatchOutcome.Failure(string.Join(" ", problems.Values));
        var settings = AdPlatformSettings.Read(target);
        var (customers, skipped) = HashedCustomer.Of(batch.Records, settings.Platform, settings.DefaultCountry);
        var failed = new Dictionary<long, string>();
        string? requestError = null;
        var groups = customers.GroupBy(c => c.Action).Select(g => g.ToList()).ToList();
        foreach (var group in groups)
        {
            var action = group[0].Action;
            (string? Error, IReadOnlyDictionary<long, string> Refused) result = settings.ApiDelivery
                ? await api.SendAsync(target, settings, group, action, $"{batch.IdempotencyKey}-{action.ToString().ToLowerInvariant()}", cancellationToken)
                : (await WriteFileAsync(settings, batch, group, action, cancellationToken), new Dictionary<long, string>());
            foreach (var (id, reason) in result.Refused)
                failed[id] = reason;
            if (result.Error is not { } error)
                continue;
            requestError ??= error;
            foreach (var customer in group)
                failed[customer.LedgerEntryId] = error;
        }

        if (requestError is not null && failed.Count == customers.Count)
            return BatchOutcome.Failure(requestError);
        return failed.Count == 0 && skipped.Count == 0 ? BatchOutcome.Success : BatchOutcome.Partial(failed, skipped);
    }

    private async Task<string?> WriteFileAsync(AdPlatformSettings settings, AudienceBatch batch, List<HashedCustomer> customers,
        LedgerAction action, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folders.Resolve(settings.Folder), CustomerListFile.FileName(settings.Platform, batch, action));
        try
        {
            await AtomicFile.WriteAsync(path, CustomerListFile.Write(settings.Platform, customers), cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Could not write {path}: {ex.Message}";
        }
    }
}
