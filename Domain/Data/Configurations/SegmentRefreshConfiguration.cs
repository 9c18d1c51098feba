using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SegmentRefreshConfiguration : IEntityTypeConfiguration<SegmentRefresh>
{
    public void Configure(EntityTypeBuilder<SegmentRefresh> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => new { r.SegmentId, r.Id });
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.HasOne<Segment>().WithMany().HasForeignKey(r => r.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
