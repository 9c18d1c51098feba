namespace Lodestar.Domain.Destinations.Sending;

/// <summary>
/// One member entering (<see cref="LedgerAction.Add"/>) or leaving (<see cref="LedgerAction.Remove"/>) an audience:
/// the profile's identifiers by type (email, phone, user_id, anonymous_id, crm_contact_id…) and the mapped fields.
/// </summary>
public sealed record AudienceRecord(
    long LedgerEntryId,
    long ProfileId,
    LedgerAction Action,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Identifiers,
    IReadOnlyDictionary<string, string?> Fields)
{
    public string? First(string identifierType) =>
        Identifiers.TryGetValue(identifierType, out var values) && values.Count > 0 ? values[0] : null;
}
