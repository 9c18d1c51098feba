using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class IdentityConflictConfiguration : IEntityTypeConfiguration<IdentityConflict>
{
    public void Configure(EntityTypeBuilder<IdentityConflict> builder)
    {
        builder.Property(c => c.IdentifierType).HasMaxLength(64);
        builder.Property(c => c.IdentifierValue).HasMaxLength(256);
        builder.Property(c => c.MessageId).HasMaxLength(100);
        builder.Property(c => c.Reason).HasMaxLength(300);
        builder.HasIndex(c => c.ProfileId);
        // Retention deletes a purged event's conflicts with it.
        builder.HasIndex(c => c.EventId);
    }
}
