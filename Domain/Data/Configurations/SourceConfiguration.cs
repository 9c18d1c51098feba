using Lodestar.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100).IsRequired();
        builder.Property(s => s.WriteKey).HasMaxLength(100).IsRequired();
        builder.HasIndex(s => s.WriteKey).IsUnique();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}
