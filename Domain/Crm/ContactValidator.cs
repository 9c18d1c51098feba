namespace Lodestar.Domain.Crm;

/// <summary>Trims and checks a contact's fields; errors are keyed by the API's field names.</summary>
public static class ContactValidator
{
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <exception cref="DomainValidationException">Any field is wrong; every wrong field is named.</exception>
    public static ContactFields Normalize(ContactFields input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var result = new ContactFields
        {
            ExternalId = CrmFieldRules.Text(errors, "externalId", "an external id", input.ExternalId, ContactLimits.ExternalId),
            FirstName = CrmFieldRules.Text(errors, "firstName", "a first name", input.FirstName, ContactLimits.Name, required: true),
            LastName = CrmFieldRules.Text(errors, "lastName", "a last name", input.LastName, ContactLimits.Name, required: true),
            Email = CrmFieldRules.Email(errors, "email", input.Email),
            Phone = CrmFieldRules.Phone(errors, "phone", input.Phone),
            BirthDate = input.BirthDate,
            Street = CrmFieldRules.Text(errors, "street", "a street", input.Street, ContactLimits.Text),
            StreetNumber = CrmFieldRules.Text(errors, "streetNumber", "a street number", input.StreetNumber, ContactLimits.Short),
            City = CrmFieldRules.Text(errors, "city", "a city", input.City, ContactLimits.Text),
            Postcode = CrmFieldRules.Text(errors, "postcode", "a postcode", input.Postcode, ContactLimits.Short),
            State = CrmFieldRules.Text(errors, "state", "a state", input.State, ContactLimits.Text),
            Country = CrmFieldRules.Text(errors, "country", "a country", input.Country, ContactLimits.Text),
            AccountId = input.AccountId,
            OwnerId = string.IsNullOrWhiteSpace(input.OwnerId) ? null : input.OwnerId.Trim(),
        };
        if (input.BirthDate is { } born && (born > today || born < EarliestBirthDate))
            CrmFieldRules.Add(errors, "birthDate", $"The birth date must be between {EarliestBirthDate:yyyy-MM-dd} and today.");
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return result;
    }
}
