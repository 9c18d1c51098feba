using Lodestar.Domain.Destinations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DestinationLedgerEntryConfiguration : IEntityTypeConfiguration<DestinationLedgerEntry>
{
    public void Configure(EntityTypeBuilder<DestinationLedgerEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasOne<DestinationRun>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Error).HasMaxLength(DestinationLimits.ErrorLength);
        // Sending walks a run batch by batch; the privacy tools find a person's entries.
        builder.HasIndex(e => new { e.RunId, e.Batch });
        builder.HasIndex(e => e.ProfileId);
    }
}
