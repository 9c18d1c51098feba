using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ProfileMergeConfiguration : IEntityTypeConfiguration<ProfileMerge>
{
    public void Configure(EntityTypeBuilder<ProfileMerge> builder)
    {
        builder.Property(m => m.IdentifierType).HasMaxLength(64);
        builder.Property(m => m.IdentifierValue).HasMaxLength(256);
        builder.Property(m => m.MessageId).HasMaxLength(100);
        builder.Property(m => m.Rule).HasMaxLength(200);
        builder.Property(m => m.SurvivorAnchorType).HasMaxLength(64);
        builder.Property(m => m.SurvivorAnchorValue).HasMaxLength(256);
        builder.Property(m => m.MergedAnchorType).HasMaxLength(64);
        builder.Property(m => m.MergedAnchorValue).HasMaxLength(256);
        builder.HasIndex(m => m.SurvivorId);
        builder.HasIndex(m => m.MergedId);
    }
}
