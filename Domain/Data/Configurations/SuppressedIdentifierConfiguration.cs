using Lodestar.Domain.Privacy.Suppression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SuppressedIdentifierConfiguration : IEntityTypeConfiguration<SuppressedIdentifier>
{
    public void Configure(EntityTypeBuilder<SuppressedIdentifier> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.IdentifierType).HasMaxLength(64);
        builder.Property(s => s.ValueHash).HasMaxLength(64);
        builder.Property(s => s.Hint).HasMaxLength(300);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.HasIndex(s => s.ValueHash).IsUnique();
    }
}
