using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Import;
using Lodestar.Domain.Tests.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Crm.Import;

public sealed class CrmImportServiceTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    private static Task<CrmImportReport> ImportAsync(IdentityHarness harness, CrmImportKind kind, string csv, IReadOnlyDictionary<string, string>? mapping = null, bool preview = false) =>
        harness.Host.Get<CrmImportService>().ImportAsync(kind, new StringReader(csv), mapping, preview, "sam", "contacts.csv", Ct);

    [Fact]
    public async Task ImportAsync_GoodContacts_StoresEveryRowWithItsAccountHistoryAndIdentifyMessage()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var acme = await harness.Host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme Ltd" }, "sam", Ct);

        var report = await ImportAsync(harness, CrmImportKind.Contacts, """
            externalId,First Name,last_name,email,phone,birthDate,accountName
            HS-1,Jane,Doe,JANE@example.com,+44 20 7946 0958,1980-03-02,acme ltd
            HS-2,Bob,Stone,bob@example.com,,,
            """);
        await harness.ResolveAsync();

        Assert.Equal((2, 2, 0), (report.Rows, report.Imported, report.Rejected.Count));
        Assert.Equal("First Name", report.Mapping["firstName"]);
        await using var db = harness.Host.CreateDbContext();
        var jane = await db.Contacts.SingleAsync(c => c.ExternalId == "HS-1", Ct);
        Assert.Equal(("Jane", "JANE@example.com", acme.Account.Id, new DateOnly(1980, 3, 2)), (jane.FirstName, jane.Email, jane.AccountId!.Value, jane.BirthDate!.Value));
        Assert.Equal("contacts.csv", (await db.CrmFieldChanges.SingleAsync(c => c.RecordType == CrmRecordTypes.Contact && c.RecordId == jane.Id, Ct)).NewValue);
        Assert.NotNull(await harness.ProfileOfAsync(CrmMessages.ContactIdType, jane.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ImportAsync_SomeRowsWrong_RejectsThemByRowAndFieldAndStoresNothing()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var report = await ImportAsync(harness, CrmImportKind.Contacts, """
            externalId,firstName,lastName,email,birthDate,accountName
            HS-1,Jane,Doe,jane@example.com,,
            HS-2,Bob,Stone,not-an-email,02/03/1980,
            HS-1,Ann,,ann@example.com,,Nowhere Inc
            """);

        Assert.Equal((3, 0), (report.Rows, report.Imported));
        Assert.Equal(
            ["3 birthDate", "3 email", "4 accountName", "4 externalId", "4 lastName"],
            report.Rejected.Select(r => $"{r.Row} {r.Field}").Order(StringComparer.Ordinal));
        Assert.Contains("1980-03-02", report.Rejected.Single(r => r.Field == "birthDate").Message);
        await using var db = harness.Host.CreateDbContext();
        Assert.False(await db.Contacts.AnyAsync(Ct));
        Assert.False(await db.Events.AnyAsync(Ct));
    }

    [Fact]
    public async Task ImportAsync_PreviewWithChosenMapping_ShowsTheMappedSampleAndStoresNothing()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var mapping = new Dictionary<string, string> { ["firstName"] = "Given", ["lastName"] = "Family", ["email"] = "" };

        var report = await ImportAsync(harness, CrmImportKind.Contacts, "Given,Family,email\nJane,Doe,jane@example.com\n", mapping, preview: true);

        Assert.Equal((1, 0, true), (report.Rows, report.Imported, report.Preview));
        Assert.Equal(["firstName", "lastName"], report.Mapping.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("Jane", "Doe"), (report.Sample[0]["firstName"], report.Sample[0]["lastName"]));
        await using var db = harness.Host.CreateDbContext();
        Assert.False(await db.Contacts.AnyAsync(Ct));
    }

    [Fact]
    public async Task ImportAsync_MappingToAMissingColumn_IsRefusedNamingIt()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            ImportAsync(harness, CrmImportKind.Contacts, "a,b\n1,2\n", new Dictionary<string, string> { ["firstName"] = "Given", ["shoeSize"] = "a" }));

        Assert.Equal(["mapping.firstName", "mapping.shoeSize"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_Accounts_StoresGoodFileAndRejectsBadEmployees()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var bad = await ImportAsync(harness, CrmImportKind.Accounts, "name,domain,employees\nAcme,https://www.acme.com,12\nGlobex,globex.com,many\n");
        var good = await ImportAsync(harness, CrmImportKind.Accounts, "name,domain,employees\nAcme,https://www.acme.com,12\nGlobex,globex.com,\n");

        Assert.Equal("3 employees", $"{Assert.Single(bad.Rejected).Row} {bad.Rejected[0].Field}");
        Assert.Equal(2, good.Imported);
        await using var db = harness.Host.CreateDbContext();
        Assert.Equal(["acme.com", "globex.com"], await db.CrmAccounts.OrderBy(a => a.Name).Select(a => a.Domain!).ToListAsync(Ct));
    }
}
