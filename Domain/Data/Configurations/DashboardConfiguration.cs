using Lodestar.Domain.Insights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DashboardConfiguration : IEntityTypeConfiguration<Dashboard>
{
    public void Configure(EntityTypeBuilder<Dashboard> builder)
    {
        builder.ToTable("Dashboards");
        builder.Property(d => d.OwnerUserId).HasMaxLength(450);
        builder.HasIndex(d => d.OwnerUserId).IsUnique();
        builder.HasMany(d => d.Items).WithOne().HasForeignKey(i => i.DashboardId).OnDelete(DeleteBehavior.Cascade);
    }
}
