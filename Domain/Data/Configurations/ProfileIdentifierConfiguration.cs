using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ProfileIdentifierConfiguration : IEntityTypeConfiguration<ProfileIdentifier>
{
    public void Configure(EntityTypeBuilder<ProfileIdentifier> builder)
    {
        builder.HasKey(i => new { i.Type, i.Value });
        builder.Property(i => i.Type).HasMaxLength(64);
        builder.Property(i => i.Value).HasMaxLength(256);
        builder.HasIndex(i => i.ProfileId);
        builder.HasIndex(i => i.Value);
    }
}
