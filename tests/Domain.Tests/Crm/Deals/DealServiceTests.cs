using System.Text.Json.Nodes;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Tests.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Crm.Deals;

public sealed class DealServiceTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    private static DealFields Deal(long? stageId = null, long? contactId = null) => new()
    {
        Name = "Acme renewal", Amount = 1_200_000, Currency = "USD", StageId = stageId, ContactId = contactId, CloseDate = new DateOnly(2026, 6, 30),
    };

    [Fact]
    public async Task CreateAsync_NoStage_StartsInTheFirstStageOfTheDefaultPipeline()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var created = await harness.Host.Get<DealService>().CreateAsync(Deal(), "sam", Ct);

        Assert.Equal(("Sales", "Qualified", StageOutcome.Open, 10), (created.PipelineName, created.StageName, created.Outcome, created.Probability));
        Assert.Null(created.Deal.ClosedAt);
    }

    [Fact]
    public async Task MoveAsync_ToAnotherStage_RecordsWhoMovedItAndEmitsAStageEventOnTheContactsProfile()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var contact = await harness.Host.Get<ContactService>().CreateAsync(CrmHarness.Jane(), "sam", Ct);
        var deals = harness.Host.Get<DealService>();
        var deal = await deals.CreateAsync(Deal(contactId: contact.Contact.Id), "sam", Ct);

        var moved = await deals.MoveAsync(deal.Deal.Id, 3, null, "alex", Ct);
        await harness.ResolveAsync();

        Assert.Equal(("Proposal", 50), (moved.StageName, moved.Probability));
        var stage = Assert.Single(await deals.HistoryAsync(deal.Deal.Id, Ct), c => c.Field == "stage" && c.OldValue is not null);
        Assert.Equal(("Qualified", "Proposal", "alex"), (stage.OldValue, stage.NewValue, stage.ChangedBy));
        await using var db = harness.Host.CreateDbContext();
        var e = await db.Events.SingleAsync(x => x.Name == "Deal Stage Changed", Ct);
        var properties = JsonNode.Parse(e.Raw)!["properties"]!;
        Assert.Equal(("Qualified", "Proposal", 12000m), (properties["from_stage"]!.GetValue<string>(), properties["stage"]!.GetValue<string>(), properties["amount"]!.GetValue<decimal>()));
        var profile = await harness.ProfileOfAsync(CrmMessages.ContactIdType, contact.Contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(profile, await db.EventProfiles.Where(p => p.EventId == e.Id).Select(p => (long?)p.ProfileId).SingleAsync(Ct));
    }

    [Fact]
    public async Task MoveAsync_ToLostWithoutReason_IsRefusedAndChangesNothing()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var deals = harness.Host.Get<DealService>();
        var deal = await deals.CreateAsync(Deal(), "sam", Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => deals.MoveAsync(deal.Deal.Id, 6, null, "sam", Ct));

        Assert.Contains("Say why the deal was lost", Assert.Single(error.Errors["closeReason"]));
        Assert.Equal("Qualified", (await deals.GetAsync(deal.Deal.Id, Ct)).StageName);
        await using var db = harness.Host.CreateDbContext();
        Assert.Equal(1, await db.Events.CountAsync(e => e.Name != null && e.Name.StartsWith("Deal"), Ct));
    }

    [Fact]
    public async Task MoveAsync_WonThenReopened_ClosesWithRevenueAndReopensWithoutReason()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var deals = harness.Host.Get<DealService>();
        var deal = await deals.CreateAsync(Deal(), "sam", Ct);

        var won = await deals.MoveAsync(deal.Deal.Id, 5, "Best fit", "sam", Ct);
        var reopened = await deals.MoveAsync(deal.Deal.Id, 4, null, "sam", Ct);

        Assert.Equal((StageOutcome.Won, 100, "Best fit"), (won.Outcome, won.Probability, won.Deal.CloseReason));
        Assert.NotNull(won.Deal.ClosedAt);
        Assert.Equal((StageOutcome.Open, (DateTime?)null, (string?)null), (reopened.Outcome, reopened.Deal.ClosedAt, reopened.Deal.CloseReason));
        await using var db = harness.Host.CreateDbContext();
        var names = await db.Events.Where(e => e.Name != null).OrderBy(e => e.Id).Select(e => e.Name).ToListAsync(Ct);
        Assert.Equal(["Deal Created", "Deal Stage Changed", "Deal Won", "Deal Stage Changed"], names);
        var wonEvent = await db.Events.SingleAsync(e => e.Name == "Deal Won", Ct);
        Assert.Equal(12000m, JsonNode.Parse(wonEvent.Raw)!["properties"]!["revenue"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task CreateAsync_UnknownReferences_NamesEachAndStoresNothing()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var deals = harness.Host.Get<DealService>();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            deals.CreateAsync(Deal(stageId: 999) with { AccountId = 5, ContactId = 6, OwnerId = "nobody" }, "sam", Ct));

        Assert.Equal(["accountId", "contactId", "ownerId", "stageId"], error.Errors.Keys.Order());
        await using var db = harness.Host.CreateDbContext();
        Assert.False(await db.Deals.AnyAsync(Ct));
    }

    [Fact]
    public async Task CreateAsync_StageOfAnotherPipeline_IsRefused()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var other = await harness.Host.Get<PipelineService>().CreateAsync(new PipelineFields("Renewals", [new StageFields(null, "Due", 50, StageOutcome.Open)]), Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            harness.Host.Get<DealService>().CreateAsync(Deal(stageId: 2) with { PipelineId = other.Id }, "sam", Ct));

        Assert.Contains("belongs to another pipeline", Assert.Single(error.Errors["stageId"]));
    }

    [Fact]
    public async Task DeleteAsync_Deal_RemovesItAndRecordsTheDeletion()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var deals = harness.Host.Get<DealService>();
        var deal = await deals.CreateAsync(Deal(), "sam", Ct);

        await deals.DeleteAsync(deal.Deal.Id, "sam", Ct);

        await Assert.ThrowsAsync<NotFoundException>(() => deals.GetAsync(deal.Deal.Id, Ct));
        await using var db = harness.Host.CreateDbContext();
        Assert.True(await db.CrmFieldChanges.AnyAsync(c => c.RecordType == CrmRecordTypes.Deal && c.Field == "deleted", Ct));
    }

    [Fact]
    public async Task DeleteAccount_WithDeals_KeepsTheDealsWithoutAnAccount()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var account = await harness.Host.Get<AccountService>().CreateAsync(new AccountFields { Name = "Acme" }, "sam", Ct);
        var deals = harness.Host.Get<DealService>();
        var deal = await deals.CreateAsync(Deal() with { AccountId = account.Account.Id }, "sam", Ct);

        await harness.Host.Get<AccountService>().DeleteAsync(account.Account.Id, "sam", Ct);

        var kept = await deals.GetAsync(deal.Deal.Id, Ct);
        Assert.Equal(((long?)null, (string?)null), (kept.Deal.AccountId, kept.AccountName));
    }
}
