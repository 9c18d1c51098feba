using System.Text.Json;
using Lodestar.Domain.Destinations.Sending;

namespace Lodestar.Domain.Destinations.Sync;

/// <summary>A member's record as stored in the ledger: the exact identifiers and fields sent.</summary>
internal sealed record AudiencePayload(
    long ProfileId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Identifiers,
    IReadOnlyDictionary<string, string?> Fields)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static AudiencePayload Parse(string json) =>
        JsonSerializer.Deserialize<AudiencePayload>(json, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("An empty ledger payload.");

    public AudienceRecord ToRecord(long ledgerEntryId, LedgerAction action) => new(ledgerEntryId, ProfileId, action, Identifiers, Fields);
}
