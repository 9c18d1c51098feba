namespace Lodestar.Domain.Crm;

/// <summary>Trims and checks an account's fields; the domain is kept as a bare lower-case host name.</summary>
public static class AccountValidator
{
    /// <exception cref="DomainValidationException">Any field is wrong; every wrong field is named.</exception>
    public static AccountFields Normalize(AccountFields input)
    {
        var errors = new Dictionary<string, string[]>();
        var domain = CrmFieldRules.Text(errors, "domain", "a domain", input.Domain, ContactLimits.Text);
        var result = new AccountFields
        {
            Name = CrmFieldRules.Text(errors, "name", "a name", input.Name, ContactLimits.Text, required: true),
            Domain = domain is null ? null : HostOf(errors, domain),
            Industry = CrmFieldRules.Text(errors, "industry", "an industry", input.Industry, ContactLimits.Text),
            Country = CrmFieldRules.Text(errors, "country", "a country", input.Country, ContactLimits.Text),
            Employees = input.Employees,
            OwnerId = string.IsNullOrWhiteSpace(input.OwnerId) ? null : input.OwnerId.Trim(),
        };
        if (input.Employees is < 0)
            CrmFieldRules.Add(errors, "employees", "The number of employees cannot be negative.");
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return result;
    }

    private static string? HostOf(Dictionary<string, string[]> errors, string domain)
    {
        var text = domain.Contains("://", StringComparison.Ordinal) ? domain : "https://" + domain;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || Uri.CheckHostName(uri.Host) != UriHostNameType.Dns || !uri.Host.Contains('.'))
        {
            CrmFieldRules.Add(errors, "domain", $"'{domain}' is not a web domain: write it like acme.com.");
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
