using Lodestar.Domain.Destinations;
using Lodestar.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DestinationConnectionConfiguration : IEntityTypeConfiguration<DestinationConnection>
{
    public void Configure(EntityTypeBuilder<DestinationConnection> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Destination>().WithMany().HasForeignKey(c => c.DestinationId).OnDelete(DeleteBehavior.Cascade);
        // A segment with connections cannot be deleted until they are removed: its members are at a destination.
        builder.HasOne<Segment>().WithMany().HasForeignKey(c => c.SegmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.DestinationId, c.SegmentId }).IsUnique();
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
    }
}
