using Lodestar.Domain.Crm;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Crm;

public sealed class ContactQueryServiceTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    private static async Task<(DomainTestHost Host, long AcmeId)> SeedAsync()
    {
        var host = await DomainTestHost.StartAsync();
        var acme = await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "t", Ct);
        var globex = await host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Globex" }, "t", Ct);
        var contacts = host.Get<ContactService>();
        await contacts.CreateAsync(new ContactFields { FirstName = "Ann", LastName = "Zeller", Email = "ann@acme.com", AccountId = acme.Account.Id }, "t", Ct);
        await contacts.CreateAsync(new ContactFields { FirstName = "Bob", LastName = "Young", Email = "bob@globex.com", AccountId = globex.Account.Id, Phone = "0113 496 0000" }, "t", Ct);
        await contacts.CreateAsync(new ContactFields { FirstName = "Cy", LastName = "Adams", Email = "cy@acme.com", AccountId = acme.Account.Id, ExternalId = "HS-77" }, "t", Ct);
        return (host, acme.Account.Id);
    }

    [Theory]
    [InlineData(null, new[] { "Adams", "Young", "Zeller" })]
    [InlineData("-name", new[] { "Zeller", "Young", "Adams" })]
    [InlineData("email", new[] { "Zeller", "Young", "Adams" })]
    [InlineData("-account", new[] { "Young", "Zeller", "Adams" })]
    public async Task ListAsync_Sort_OrdersByIt(string? sort, string[] lastNames)
    {
        var (host, _) = await SeedAsync();
        await using var _h = host;

        var page = await host.Get<ContactQueryService>().ListAsync(new ContactSearch(null, null, null, sort, 0, 25), Ct);

        Assert.Equal(lastNames, page.Items.Select(v => v.Contact.LastName));
    }

    [Theory]
    [InlineData("acme.com", 2)]
    [InlineData("bob young", 1)]
    [InlineData("496", 1)]
    [InlineData("HS-77", 1)]
    [InlineData("nobody", 0)]
    public async Task ListAsync_Q_SearchesNameEmailPhoneAndExternalId(string q, int expected)
    {
        var (host, _) = await SeedAsync();
        await using var _h = host;

        var page = await host.Get<ContactQueryService>().ListAsync(new ContactSearch(q, null, null, null, 0, 25), Ct);

        Assert.Equal(expected, page.Total);
    }

    [Theory]
    [InlineData("HS_7", "Under")]
    [InlineData("[vip]", "Bracket")]
    public async Task ListAsync_QWithLikeWildcards_MatchesThemLiterally(string q, string lastName)
    {
        await using var host = await DomainTestHost.StartAsync();
        var contacts = host.Get<ContactService>();
        await contacts.CreateAsync(new ContactFields { FirstName = "A", LastName = "Under", ExternalId = "HS_7" }, "t", Ct);
        await contacts.CreateAsync(new ContactFields { FirstName = "B", LastName = "Wild", ExternalId = "HSX7" }, "t", Ct);
        await contacts.CreateAsync(new ContactFields { FirstName = "C [vip]", LastName = "Bracket" }, "t", Ct);

        var page = await host.Get<ContactQueryService>().ListAsync(new ContactSearch(q, null, null, null, 0, 25), Ct);

        Assert.Equal([lastName], page.Items.Select(v => v.Contact.LastName));
    }

    [Fact]
    public async Task ListAsync_AccountFilterAndPaging_GivesThePageAndTheTotal()
    {
        var (host, acme) = await SeedAsync();
        await using var _h = host;

        var page = await host.Get<ContactQueryService>().ListAsync(new ContactSearch(null, acme, null, "name", 1, 1), Ct);

        Assert.Equal(2, page.Total);
        Assert.Equal("Zeller", Assert.Single(page.Items).Contact.LastName);
        Assert.Equal("Acme", page.Items[0].AccountName);
    }

    [Fact]
    public async Task ExportAsync_Search_WritesHeaderAndEveryMatchingRow()
    {
        var (host, acme) = await SeedAsync();
        await using var _h = host;
        using var output = new StringWriter();

        await host.Get<ContactQueryService>().ExportAsync(new ContactSearch(null, acme, null, "name", 0, 1), output, Ct);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("id,externalId,firstName,lastName,email,phone,birthDate", lines[0]);
        Assert.Contains(",HS-77,Cy,Adams,cy@acme.com,", lines[1]);
        Assert.Contains(",Ann,Zeller,ann@acme.com,", lines[2]);
    }

    [Fact]
    public void CheckSort_UnknownKey_NamesTheKnownOnes()
    {
        var error = Assert.Throws<DomainValidationException>(() => ContactQueryService.CheckSort("-shoeSize"));

        Assert.Contains("updatedAt", error.Errors["sort"][0]);
    }
}
