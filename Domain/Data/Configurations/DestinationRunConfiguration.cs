using Lodestar.Domain.Destinations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DestinationRunConfiguration : IEntityTypeConfiguration<DestinationRun>
{
    public void Configure(EntityTypeBuilder<DestinationRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Destination>().WithMany().HasForeignKey(r => r.DestinationId).OnDelete(DeleteBehavior.Cascade);
        // ConnectionId has no foreign key: the history outlives a removed connection, and SQL Server refuses a second
        // cascade path from Destinations.
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(DestinationLimits.ErrorLength);
        builder.HasIndex(r => new { r.DestinationId, r.StartedAt });
        builder.HasIndex(r => new { r.ConnectionId, r.Status });
    }
}
