using System.Globalization;
using CsvHelper;

namespace Lodestar.Domain.Crm;

/// <summary>Contacts as CSV, with the column names the API and the import use.</summary>
internal static class ContactCsv
{
    private static readonly string[] Header =
    [
        "id", "externalId", "firstName", "lastName", "email", "phone", "birthDate", "street", "streetNumber", "city", "postcode",
        "state", "country", "accountId", "accountName", "ownerId", "ownerName", "createdAt", "updatedAt", "profileId",
    ];

    public static void WriteHeader(CsvWriter csv)
    {
        foreach (var name in Header)
            csv.WriteField(name);
        csv.EndRecord();
    }

    public static void WriteRow(CsvWriter csv, ContactView view)
    {
        var c = view.Contact;
        foreach (var value in new object?[]
                 {
                     c.Id, c.ExternalId, c.FirstName, c.LastName, c.Email, c.Phone, c.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                     c.Street, c.StreetNumber, c.City, c.Postcode, c.State, c.Country, c.AccountId, view.AccountName, c.OwnerId, view.OwnerName,
                     c.CreatedAt.ToString("O", CultureInfo.InvariantCulture), c.UpdatedAt.ToString("O", CultureInfo.InvariantCulture), view.ProfileId,
                 })
            csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
        csv.EndRecord();
    }
}
