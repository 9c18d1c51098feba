using Lodestar.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(100).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(20).IsRequired();
        builder.Property(k => k.Hash).HasMaxLength(64).IsRequired();
        builder.Property(k => k.Role).HasMaxLength(32).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
        builder.HasIndex(k => k.Hash).IsUnique();
    }
}
