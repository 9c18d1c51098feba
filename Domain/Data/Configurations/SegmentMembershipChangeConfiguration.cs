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
        // A person's history in every segment: what an erasure deletes and a subject-access export reads.
        builder.HasIndex(c => c.ProfileId);
        builder.HasOne<Segment>().WithMany().HasForeignKey(c => c.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
