using Lodestar.Domain.Crm.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> builder)
    {
        builder.ToTable("CrmPipelines");
        builder.Property(p => p.Name).HasMaxLength(DealLimits.StageName);
        builder.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.PipelineId).OnDelete(DeleteBehavior.Cascade);
        // Every workspace starts with the usual B2B sales stages; admins reshape them under Deals → Pipelines.
        builder.HasData(new Pipeline { Id = 1, Name = "Sales", Position = 0, CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
