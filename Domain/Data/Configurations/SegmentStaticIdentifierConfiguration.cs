using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SegmentStaticIdentifierConfiguration : IEntityTypeConfiguration<SegmentStaticIdentifier>
{
    public void Configure(EntityTypeBuilder<SegmentStaticIdentifier> builder)
    {
        builder.HasKey(i => new { i.SegmentId, i.Type, i.Value });
        builder.Property(i => i.Type).HasMaxLength(64);
        builder.Property(i => i.Value).HasMaxLength(Events.EventLimits.IdentifierLength);
        builder.HasOne<Segment>().WithMany().HasForeignKey(i => i.SegmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
