using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Demo;
using Lodestar.Domain.Operations;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Demo;

public sealed class DemoCrmSeederTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedAsync_DemoWorkspace_HasContactsOfTrackedPeopleAccountsAndDealsInEveryKindOfStage()
    {
        await using var host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Demo:People"] = "800" });
        await host.Get<DemoSeedService>().SeedAsync(new Silent(), Ct);
        await host.Get<Domain.Identity.IdentityResolutionService>().RunIncrementalAsync(null, Ct);

        await using var db = host.CreateDbContext();
        var contacts = await db.Contacts.CountAsync(Ct);
        Assert.InRange(contacts, 50, DemoCrmSeeder.Contacts);
        Assert.True(await db.CrmAccounts.AnyAsync(Ct), "work addresses should give accounts");
        Assert.True(await db.Contacts.AnyAsync(c => c.AccountId != null, Ct));
        var outcomes = await db.Deals.Join(db.PipelineStages, d => d.StageId, s => s.Id, (d, s) => s.Outcome).Distinct().ToListAsync(Ct);
        Assert.Equal([StageOutcome.Open, StageOutcome.Won, StageOutcome.Lost], outcomes.Order());
        Assert.True(await db.Events.AnyAsync(e => e.Name == "Deal Stage Changed", Ct));
        var statuses = await db.CrmTickets.Select(t => t.Status).Distinct().CountAsync(Ct);
        Assert.True(statuses >= 4, $"tickets should be in most statuses, found {statuses}");
        Assert.True(await db.Events.AnyAsync(e => e.Name == "Ticket Solved", Ct));
        var linked = await db.ProfileIdentifiers.CountAsync(i => i.Type == CrmMessages.ContactIdType, Ct);
        Assert.Equal(contacts, linked);
    }

    [Fact]
    public async Task SeedAsync_RunAgainAfterACrashBeforeItFinished_AddsNothingTwice()
    {
        await using var host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Demo:People"] = "300" });
        await host.Get<DemoSeedService>().SeedAsync(new Silent(), Ct);
        await using var db = host.CreateDbContext();
        var before = (await db.Contacts.CountAsync(Ct), await db.Deals.CountAsync(Ct), await db.CrmAccounts.CountAsync(Ct), await db.CrmTickets.CountAsync(Ct));

        // As if the first run had stopped just before recording that it finished.
        await host.Get<Domain.Settings.AppSettingsStore>().RemoveAsync(DemoCrmSeeder.DoneKey, Ct);
        await host.Get<DemoCrmSeeder>().SeedAsync(20_261_123, Ct);

        Assert.Equal(before, (await db.Contacts.CountAsync(Ct), await db.Deals.CountAsync(Ct), await db.CrmAccounts.CountAsync(Ct), await db.CrmTickets.CountAsync(Ct)));
    }

    private sealed class Silent : IJobProgress
    {
        public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
