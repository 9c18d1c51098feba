namespace Lodestar.Domain.Identity.Matching;

/// <summary>The comparable fields of a <see cref="PersonRecord"/>; the values index the matcher's field arrays.</summary>
public enum PersonField
{
    GivenName,
    Surname,
    StreetNumber,
    Address1,
    Address2,
    Suburb,
    Postcode,
    State,
    DateOfBirth,
    Phone,
    Email,
}
