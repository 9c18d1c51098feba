using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
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
        var kinds = await db.CrmActivities.Select(a => a.Kind).Distinct().ToListAsync(Ct);
        Assert.Equal(Enum.GetValues<ActivityKind>(), kinds.Order());
        var now = DateTime.UtcNow;
        Assert.True(await db.CrmActivities.AnyAsync(a => a.Kind == ActivityKind.Task && a.CompletedAt == null && a.DueAt < now, Ct), "some tasks should be overdue");
        Assert.True(await db.CrmActivities.AnyAsync(a => a.DealId != null, Ct) && await db.CrmActivities.AnyAsync(a => a.TicketId != null, Ct));
    }

    [Fact]
    public async Task SeedAsync_WorkspaceWithUsers_AssignsTasksToThemDeterministically()
    {
        await using var first = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Demo:People"] = "300" });
        await using var second = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Demo:People"] = "300" });
        foreach (var host in new[] { first, second })
        {
            await Crm.CrmHarness.AddUserAsync(host, "ada");
            await host.Get<DemoSeedService>().SeedAsync(new Silent(), Ct);
        }

        await using var db1 = first.CreateDbContext();
        await using var db2 = second.CreateDbContext();
        var assigned = await db1.CrmActivities.Where(a => a.AssigneeId != null).Join(db1.Users, a => a.AssigneeId, u => u.Id, (a, u) => u.DisplayName).Distinct().ToListAsync(Ct);
        Assert.Equal(["ada"], assigned);
        Assert.Equal(await Plan(db1), await Plan(db2));
    }

    private static Task<List<string>> Plan(Domain.Data.PortalDbContext db) => db.CrmActivities.OrderBy(a => a.Id)
        .Select(a => a.Kind + "|" + a.Subject + "|" + a.ContactId + "|" + a.DealId + "|" + a.TicketId + "|" + (a.AssigneeId != null) + "|" + (a.CompletedAt != null))
        .ToListAsync(Ct);

    [Fact]
    public async Task SeedAsync_RunAgainAfterACrashBeforeItFinished_AddsNothingTwice()
    {
        await using var host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Demo:People"] = "300" });
        await host.Get<DemoSeedService>().SeedAsync(new Silent(), Ct);
        await using var db = host.CreateDbContext();
        var before = (await db.Contacts.CountAsync(Ct), await db.Deals.CountAsync(Ct), await db.CrmAccounts.CountAsync(Ct), await db.CrmTickets.CountAsync(Ct),
            await db.CrmActivities.CountAsync(Ct));

        // As if the first run had stopped just before recording that it finished.
        await host.Get<Domain.Settings.AppSettingsStore>().RemoveAsync(DemoCrmSeeder.DoneKey, Ct);
        await host.Get<DemoCrmSeeder>().SeedAsync(20_261_123, Ct);

        Assert.Equal(before, (await db.Contacts.CountAsync(Ct), await db.Deals.CountAsync(Ct), await db.CrmAccounts.CountAsync(Ct), await db.CrmTickets.CountAsync(Ct),
            await db.CrmActivities.CountAsync(Ct)));
        Assert.True(before.Item5 > 0);
    }

    private sealed class Silent : IJobProgress
    {
        public Task ReportAsync(double fraction, string message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
