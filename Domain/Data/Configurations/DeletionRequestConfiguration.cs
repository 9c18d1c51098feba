using Lodestar.Domain.Privacy.Deletion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DeletionRequestConfiguration : IEntityTypeConfiguration<DeletionRequest>
{
    public void Configure(EntityTypeBuilder<DeletionRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.IdentifierType).HasMaxLength(64);
        builder.Property(r => r.IdentifierValue).HasMaxLength(256);
        builder.Property(r => r.ValueHash).HasMaxLength(64);
        builder.Property(r => r.Hint).HasMaxLength(300);
        builder.Property(r => r.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.JobId).HasMaxLength(64);
        builder.Property(r => r.Error).HasMaxLength(2_000);
        // A repeated request for the same identifier finds the pending one; the job finds what is queued.
        builder.HasIndex(r => new { r.ValueHash, r.Status });
        builder.HasIndex(r => r.Status);
    }
}
