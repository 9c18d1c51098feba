using Lodestar.Domain.Crm.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class PipelineStageConfiguration : IEntityTypeConfiguration<PipelineStage>
{
    public void Configure(EntityTypeBuilder<PipelineStage> builder)
    {
        builder.ToTable("CrmPipelineStages");
        builder.Property(s => s.Name).HasMaxLength(DealLimits.StageName);
        builder.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(s => new { s.PipelineId, s.Position });
        builder.HasData(
            Stage(1, "Qualified", 0, 10, StageOutcome.Open),
            Stage(2, "Discovery", 1, 25, StageOutcome.Open),
            Stage(3, "Proposal", 2, 50, StageOutcome.Open),
            Stage(4, "Negotiation", 3, 75, StageOutcome.Open),
            Stage(5, "Closed won", 4, 100, StageOutcome.Won),
            Stage(6, "Closed lost", 5, 0, StageOutcome.Lost));
    }

    private static PipelineStage Stage(long id, string name, int position, int probability, StageOutcome outcome) =>
        new() { Id = id, PipelineId = 1, Name = name, Position = position, Probability = probability, Outcome = outcome };
}
