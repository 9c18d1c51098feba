using Lodestar.Domain.Crm;

namespace Lodestar.Domain.Tests.Crm;

public sealed class AccountValidatorTests
{
    [Theory]
    [InlineData("acme.com", "acme.com")]
    [InlineData("https://www.Acme.com/about", "acme.com")]
    [InlineData("shop.acme.co.uk", "shop.acme.co.uk")]
    public void Normalize_Domain_KeepsTheBareHost(string input, string expected)
    {
        Assert.Equal(expected, AccountValidator.Normalize(new AccountFields { Name = "Acme", Domain = input }).Domain);
    }

    [Theory]
    [InlineData(null, null, null, "name")]
    [InlineData("Acme", "not a domain", null, "domain")]
    [InlineData("Acme", "localhost", null, "domain")]
    [InlineData("Acme", null, -1, "employees")]
    public void Normalize_BadField_NamesThatField(string? name, string? domain, int? employees, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            AccountValidator.Normalize(new AccountFields { Name = name, Domain = domain, Employees = employees }));

        Assert.Equal([field], error.Errors.Keys);
    }
}
