namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// One person as the duplicate matcher sees them: an id to report back plus the fields that may be compared.
/// Every field is optional because profiles and CRM contacts rarely carry all of them; a missing value is neither
/// evidence for nor against a match.
/// </summary>
/// <param name="Id">The caller's id (profile id, contact id); returned unchanged in the scored pairs.</param>
/// <param name="DateOfBirth">yyyymmdd or an ISO date (yyyy-mm-dd).</param>
/// <param name="ExternalId">Shown with the pair (the id in the CRM the contact came from); never compared.</param>
public sealed record PersonRecord(
    string Id,
    string? GivenName = null,
    string? Surname = null,
    string? StreetNumber = null,
    string? Address1 = null,
    string? Address2 = null,
    string? Suburb = null,
    string? Postcode = null,
    string? State = null,
    string? DateOfBirth = null,
    string? Phone = null,
    string? Email = null,
    string? ExternalId = null)
{
    /// <summary>The value of a comparable field, by field.</summary>
    public string? Get(PersonField field) => field switch
    {
        PersonField.GivenName => GivenName,
        PersonField.Surname => Surname,
        PersonField.StreetNumber => StreetNumber,
        PersonField.Address1 => Address1,
        PersonField.Address2 => Address2,
        PersonField.Suburb => Suburb,
        PersonField.Postcode => Postcode,
        PersonField.State => State,
        PersonField.DateOfBirth => DateOfBirth,
        PersonField.Phone => Phone,
        PersonField.Email => Email,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a comparable field."),
    };
}
