using Lodestar.Domain.Insights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DashboardItemConfiguration : IEntityTypeConfiguration<DashboardItem>
{
    public void Configure(EntityTypeBuilder<DashboardItem> builder)
    {
        builder.ToTable("DashboardItems");
        builder.Property(i => i.Size).HasConversion<string>().HasMaxLength(16);
        // Deleting a saved insight takes its card off the dashboard.
        builder.HasOne(i => i.Insight).WithMany().HasForeignKey(i => i.InsightId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.DashboardId, i.InsightId }).IsUnique();
        builder.HasIndex(i => i.InsightId);
    }
}
