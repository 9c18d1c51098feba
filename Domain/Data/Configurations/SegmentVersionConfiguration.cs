using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SegmentVersionConfiguration : IEntityTypeConfiguration<SegmentVersion>
{
    public void Configure(EntityTypeBuilder<SegmentVersion> builder)
    {
        builder.HasKey(v => new { v.SegmentId, v.Version });
        builder.Property(v => v.Name).HasMaxLength(SegmentLimits.NameLength);
        builder.Property(v => v.Description).HasMaxLength(SegmentLimits.DescriptionLength);
        builder.Property(v => v.ChangedBy).HasMaxLength(256);
        builder.Property(v => v.Change).HasMaxLength(4000);
        builder.HasOne<Segment>().WithMany().HasForeignKey(v => v.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
