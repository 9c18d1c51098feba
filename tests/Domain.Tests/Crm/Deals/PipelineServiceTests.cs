using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Tests.Identity;

namespace Lodestar.Domain.Tests.Crm.Deals;

public sealed class PipelineServiceTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    [Fact]
    public async Task ListAsync_NewWorkspace_HasTheDefaultSalesPipeline()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var pipeline = Assert.Single(await harness.Host.Get<PipelineService>().ListAsync(Ct));

        Assert.Equal("Sales", pipeline.Name);
        Assert.Equal(["Qualified", "Discovery", "Proposal", "Negotiation", "Closed won", "Closed lost"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task UpdateAsync_ReorderRenameAddAndRemove_KeepsIdsOfKeptStages()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var pipelines = harness.Host.Get<PipelineService>();

        var updated = await pipelines.UpdateAsync(1, new PipelineFields("Sales", [
            new StageFields(3, "Proposal sent", 40, StageOutcome.Open),
            new StageFields(1, "Qualified", 10, StageOutcome.Open),
            new StageFields(null, "Trial", 60, StageOutcome.Open),
            new StageFields(5, "Closed won", 100, StageOutcome.Won),
            new StageFields(6, "Closed lost", 0, StageOutcome.Lost),
        ]), Ct);

        Assert.Equal(["Proposal sent", "Qualified", "Trial", "Closed won", "Closed lost"], updated.Stages.Select(s => s.Name));
        var reread = Assert.Single(await pipelines.ListAsync(Ct));
        Assert.Equal([3L, 1L], reread.Stages.Take(2).Select(s => s.Id));
        Assert.Equal(5, reread.Stages.Count);
    }

    [Fact]
    public async Task UpdateAsync_RemovingAStageWithDeals_IsRefused()
    {
        await using var harness = await IdentityHarness.StartAsync();
        await harness.Host.Get<DealService>().CreateAsync(new DealFields { Name = "D", Currency = "USD", StageId = 2 }, "sam", Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => harness.Host.Get<PipelineService>().UpdateAsync(1,
            new PipelineFields("Sales", [new StageFields(1, "Qualified", 10, StageOutcome.Open)]), Ct));

        Assert.Equal("Stage 'Discovery' still has 1 deal: move them to another stage before removing it.", Assert.Single(error.Errors["stages"]));
        Assert.Equal(6, Assert.Single(await harness.Host.Get<PipelineService>().ListAsync(Ct)).Stages.Count);
    }

    [Fact]
    public async Task DeleteAsync_PipelineWithDeals_IsRefusedAndEmptyOneGoes()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var pipelines = harness.Host.Get<PipelineService>();
        await harness.Host.Get<DealService>().CreateAsync(new DealFields { Name = "D", Currency = "USD" }, "sam", Ct);
        var empty = await pipelines.CreateAsync(new PipelineFields("Partners", [new StageFields(null, "Intro", 20, StageOutcome.Open)]), Ct);

        await Assert.ThrowsAsync<DomainValidationException>(() => pipelines.DeleteAsync(1, Ct));
        await pipelines.DeleteAsync(empty.Id, Ct);

        Assert.Equal(["Sales"], (await pipelines.ListAsync(Ct)).Select(p => p.Name));
    }

    [Fact]
    public async Task CreateAsync_SameNameInAnotherCase_IsRefused()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            harness.Host.Get<PipelineService>().CreateAsync(new PipelineFields("sales", [new StageFields(null, "A", 1, StageOutcome.Open)]), Ct));

        Assert.True(error.Errors.ContainsKey("name"));
    }

    [Fact]
    public async Task UpdateAsync_EmptyStageNameAndRemovingAStageWithDeals_OneRefusalNamesBoth()
    {
        await using var harness = await IdentityHarness.StartAsync();
        await harness.Host.Get<DealService>().CreateAsync(new DealFields { Name = "D", Currency = "USD", StageId = 2 }, "sam", Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => harness.Host.Get<PipelineService>().UpdateAsync(1,
            new PipelineFields("Sales", [new StageFields(1, " ", 10, StageOutcome.Open)]), Ct));

        Assert.Equal(["stages", "stages[0].name"], error.Errors.Keys.Order());
        Assert.Contains("Stage 'Discovery' still has 1 deal", Assert.Single(error.Errors["stages"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_StageIdOfAnotherPipeline_IsRefused()
    {
        await using var harness = await IdentityHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            harness.Host.Get<PipelineService>().CreateAsync(new PipelineFields("Partners", [new StageFields(2, "Intro", 20, StageOutcome.Open)]), Ct));

        Assert.Equal("Stage id 2 is not a stage of this pipeline.", Assert.Single(error.Errors["stages"]));
    }
}
