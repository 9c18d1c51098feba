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
}
