namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// The contact form's editable state. Inputs bind to settable properties; <see cref="ToInput"/> turns it into what the
/// API takes, with blanks sent as null because the API clears a field that is left empty.
/// </summary>
public sealed class ContactForm
{
    public string? ExternalId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public DateTime? BirthDate { get; set; }
    public string? Street { get; set; }
    public string? StreetNumber { get; set; }
    public string? City { get; set; }
    public string? Postcode { get; set; }
    public string? State { get; set; }
    public string? Country { get; set; }
    public AccountOption? Account { get; set; }
    public string? OwnerId { get; set; }

    public static ContactForm From(ContactDto contact) => new()
    {
        ExternalId = contact.ExternalId,
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        Email = contact.Email,
        Phone = contact.Phone,
        BirthDate = contact.BirthDate?.ToDateTime(TimeOnly.MinValue),
        Street = contact.Street,
        StreetNumber = contact.StreetNumber,
        City = contact.City,
        Postcode = contact.Postcode,
        State = contact.State,
        Country = contact.Country,
        Account = contact.AccountId is { } id ? new AccountOption(id, contact.AccountName ?? $"Account {id}") : null,
        OwnerId = contact.OwnerId,
    };

    public ContactInput ToInput() => new()
    {
        ExternalId = Clean(ExternalId),
        FirstName = Clean(FirstName),
        LastName = Clean(LastName),
        Email = Clean(Email),
        Phone = Clean(Phone),
        BirthDate = BirthDate is { } date ? DateOnly.FromDateTime(date) : null,
        Street = Clean(Street),
        StreetNumber = Clean(StreetNumber),
        City = Clean(City),
        Postcode = Clean(Postcode),
        State = Clean(State),
        Country = Clean(Country),
        AccountId = Account?.Id,
        OwnerId = Clean(OwnerId),
    };

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
