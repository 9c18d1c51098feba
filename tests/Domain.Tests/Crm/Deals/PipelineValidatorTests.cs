using Lodestar.Domain.Crm.Deals;

namespace Lodestar.Domain.Tests.Crm.Deals;

public sealed class PipelineValidatorTests
{
    [Fact]
    public void Normalize_GoodPipeline_TrimsNames()
    {
        var fields = PipelineValidator.Normalize(new PipelineFields(" Renewals ", [new StageFields(null, " Due ", 50, StageOutcome.Open), new StageFields(7, "Renewed", 100, StageOutcome.Won)]));

        Assert.Equal("Renewals", fields.Name);
        Assert.Equal(["Due", "Renewed"], fields.Stages!.Select(s => s.Name));
        Assert.Equal(7, fields.Stages![1].Id);
    }

    [Fact]
    public void Normalize_BadStages_NamesEachRow()
    {
        var error = Assert.Throws<DomainValidationException>(() => PipelineValidator.Normalize(new PipelineFields("P",
        [
            new StageFields(null, "Won", 100, StageOutcome.Won),
            new StageFields(null, "won", 100, StageOutcome.Won),
            new StageFields(null, "", -5, StageOutcome.Lost),
        ])));

        Assert.Equal(["stages", "stages[1].name", "stages[2].name", "stages[2].probability"], error.Errors.Keys.Order());
        Assert.Contains("at least one open stage", error.Errors["stages"][0]);
    }

    [Fact]
    public void Normalize_NoStages_Refused()
    {
        var error = Assert.Throws<DomainValidationException>(() => PipelineValidator.Normalize(new PipelineFields("", null)));

        Assert.Equal(["name", "stages"], error.Errors.Keys.Order());
    }

    [Fact]
    public void Normalize_BadStageNamesAndRemovedStageWithDeals_ReportsBothAtOnce()
    {
        var saved = new PipelineInUse(["Renewals"], [new StageInUse(1, "Qualified", 0), new StageInUse(2, "Discovery", 3), new StageInUse(3, "Won", 0)]);

        var error = Assert.Throws<DomainValidationException>(() => PipelineValidator.Normalize(new PipelineFields("renewals",
        [
            new StageFields(1, "", 10, StageOutcome.Open),
            new StageFields(3, "Won", 100, StageOutcome.Won),
            new StageFields(9, "Lost", 0, StageOutcome.Lost),
        ]), saved));

        Assert.Equal(["name", "stages", "stages[0].name"], error.Errors.Keys.Order());
        Assert.Equal("There is already a pipeline called 'renewals'.", Assert.Single(error.Errors["name"]));
        Assert.Equal(["Stage id 9 is not a stage of this pipeline.", "Stage 'Discovery' still has 3 deals: move them to another stage before removing it."],
            error.Errors["stages"]);
    }

    [Fact]
    public void Normalize_RemovedStageWithoutDeals_Accepted()
    {
        var saved = new PipelineInUse([], [new StageInUse(1, "Qualified", 2), new StageInUse(2, "Discovery", 0)]);

        var fields = PipelineValidator.Normalize(new PipelineFields("Sales", [new StageFields(1, "Qualified", 10, StageOutcome.Open)]), saved);

        Assert.Equal([1L], fields.Stages!.Select(s => s.Id!.Value));
    }
}
