using System.Globalization;

namespace Lodestar.Domain.Crm;

/// <summary>A contact's fields as the history shows them (the account and owner by name).</summary>
internal static class ContactFieldValues
{
    public static IReadOnlyList<(string Field, string? Value)> Of(Contact c, string? accountName, string? ownerName) =>
    [
        ("firstName", c.FirstName), ("lastName", c.LastName), ("email", c.Email), ("phone", c.Phone),
        ("birthDate", c.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("street", c.Street), ("streetNumber", c.StreetNumber), ("city", c.City), ("postcode", c.Postcode),
        ("state", c.State), ("country", c.Country), ("externalId", c.ExternalId),
        ("account", accountName), ("owner", ownerName),
    ];

    public static void Apply(Contact c, ContactFields f)
    {
        c.ExternalId = f.ExternalId;
        c.FirstName = f.FirstName!;
        c.LastName = f.LastName!;
        c.Email = f.Email;
        c.Phone = f.Phone;
        c.BirthDate = f.BirthDate;
        c.Street = f.Street;
        c.StreetNumber = f.StreetNumber;
        c.City = f.City;
        c.Postcode = f.Postcode;
        c.State = f.State;
        c.Country = f.Country;
        c.AccountId = f.AccountId;
        c.OwnerId = f.OwnerId;
    }
}
