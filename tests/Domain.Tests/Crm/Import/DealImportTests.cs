using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Crm.Import;
using Lodestar.Domain.Tests.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Crm.Import;

public sealed class DealImportTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    private static Task<CrmImportReport> ImportAsync(IdentityHarness harness, string csv) =>
        harness.Host.Get<CrmImportService>().ImportAsync(CrmImportKind.Deals, new StringReader(csv), null, false, "sam", "deals.csv", Ct);

    [Fact]
    public async Task ImportAsync_GoodDeals_StoresThemInTheirStagesWithEventsOnTheContact()
    {
        await using var harness = await IdentityHarness.StartAsync();
        await harness.Host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "sam", Ct);
        var jane = await harness.Host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);

        var report = await ImportAsync(harness, """
            name,stage,amount,currency,accountName,contactEmail,closeReason
            Acme renewal,proposal,"12,500.50",usd,Acme,JANE@example.com,
            Old pilot,Closed lost,800,EUR,,,Chose a competitor
            New logo,,1000,JPY,,,
            """);

        Assert.Equal((3, 3, 0), (report.Rows, report.Imported, report.Rejected.Count));
        await using var db = harness.Host.CreateDbContext();
        var renewal = await db.Deals.SingleAsync(d => d.Name == "Acme renewal", Ct);
        Assert.Equal((3L, 1_250_050L, "USD", jane.Contact.Id), (renewal.StageId, renewal.Amount, renewal.Currency, renewal.ContactId!.Value));
        Assert.Equal(1L, (await db.Deals.SingleAsync(d => d.Name == "New logo", Ct)).StageId);
        Assert.NotNull((await db.Deals.SingleAsync(d => d.Name == "Old pilot", Ct)).ClosedAt);
        var names = await db.Events.Where(e => e.Name != null && e.Name.StartsWith("Deal")).Select(e => e.Name).ToListAsync(Ct);
        Assert.Equal(["Deal Created", "Deal Created", "Deal Created", "Deal Lost"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_WrongStageAmountAndReason_RejectsByRowAndStoresNothing()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var report = await ImportAsync(harness, """
            name,pipeline,stage,amount,currency,contactEmail
            A,Sales,Won somehow,10,USD,
            B,Sales,Closed lost,10.555,USD,
            C,Partners,,10,USD,nobody@example.com
            """);

        Assert.Equal(0, report.Imported);
        Assert.Equal(["2 stage", "3 amount", "3 closeReason", "4 contactEmail", "4 pipeline"],
            report.Rejected.Select(r => $"{r.Row} {r.Field}").Order(StringComparer.Ordinal));
        await using var db = harness.Host.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(Ct));
    }
}
