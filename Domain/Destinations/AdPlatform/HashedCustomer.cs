using Lodestar.Domain.Destinations.Sending;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>One record as an ad platform receives it: its hashed email and phone (at least one of them).</summary>
public sealed record HashedCustomer(long LedgerEntryId, LedgerAction Action, string? Email, string? Phone)
{
    public const string NothingToMatch =
        "No email or phone number the ad platform can match: emails must look like name@example.com, and phone numbers "
        + "need a country code (or the destination's default country).";

    /// <summary>The records that have something to match on, and why the others are skipped (by ledger entry id).</summary>
    public static (List<HashedCustomer> Customers, Dictionary<long, string> Skipped) Of(
        IEnumerable<AudienceRecord> records, AdPlatformKind platform, string? defaultCountry)
    {
        var customers = new List<HashedCustomer>();
        var skipped = new Dictionary<long, string>();
        foreach (var record in records)
        {
            var email = Values(record, IdentifierTypes.Email).Select(v => CustomerListNormalizer.HashEmail(v, platform)).FirstOrDefault(h => h is not null);
            var phone = Values(record, IdentifierTypes.Phone)
                .Select(v => CustomerListNormalizer.HashPhone(v, defaultCountry, platform)).FirstOrDefault(h => h is not null);
            if (email is null && phone is null)
                skipped[record.LedgerEntryId] = NothingToMatch;
            else
                customers.Add(new HashedCustomer(record.LedgerEntryId, record.Action, email, phone));
        }

        return (customers, skipped);
    }

    private static IReadOnlyList<string> Values(AudienceRecord record, string type) =>
        record.Identifiers.TryGetValue(type, out var values) ? values : [];
}
