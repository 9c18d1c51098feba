namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>The account form's editable state; <see cref="ToInput"/> sends blanks as null (the API clears them).</summary>
public sealed class AccountForm
{
    public string? Name { get; set; }
    public string? Domain { get; set; }
    public string? Industry { get; set; }
    public string? Country { get; set; }
    public int? Employees { get; set; }
    public string? OwnerId { get; set; }

    public static AccountForm From(AccountDto account) => new()
    {
        Name = account.Name,
        Domain = account.Domain,
        Industry = account.Industry,
        Country = account.Country,
        Employees = account.Employees,
        OwnerId = account.OwnerId,
    };

    public AccountInput ToInput() => new()
    {
        Name = ContactForm.Clean(Name),
        Domain = ContactForm.Clean(Domain),
        Industry = ContactForm.Clean(Industry),
        Country = ContactForm.Clean(Country),
        Employees = Employees,
        OwnerId = ContactForm.Clean(OwnerId),
    };
}
