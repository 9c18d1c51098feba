using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SegmentMembershipChangeConfiguration : IEntityTypeConfiguration<SegmentMembershipChange>
{
    public void Configure(EntityTypeBuilder<SegmentMembershipChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.SegmentId, c.Id });
        builder.HasIndex(c => c.RefreshId);
        builder.HasOne<Segment>().WithMany().HasForeignKey(c => c.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
