using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ProfileTraitConfiguration : IEntityTypeConfiguration<ProfileTrait>
{
    public void Configure(EntityTypeBuilder<ProfileTrait> builder)
    {
        builder.HasKey(t => new { t.ProfileId, t.Key });
        builder.Property(t => t.Key).HasMaxLength(128);
        builder.Property(t => t.MessageId).HasMaxLength(100);
    }
}
