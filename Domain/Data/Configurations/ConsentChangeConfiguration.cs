using Lodestar.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ConsentChangeConfiguration : IEntityTypeConfiguration<ConsentChange>
{
    public void Configure(EntityTypeBuilder<ConsentChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.IdentifierType).HasMaxLength(64);
        builder.Property(c => c.IdentifierValue).HasMaxLength(256);
        builder.Property(c => c.Category).HasMaxLength(ConsentLimits.CategoryLength);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Reference).HasMaxLength(ConsentLimits.ReferenceLength);
        // Serves the writer's "latest per key" check, the profile read (by identifier) and the segment condition.
        builder.HasIndex(c => new { c.IdentifierType, c.IdentifierValue, c.Category, c.OccurredAt });
        builder.HasIndex(c => new { c.Category, c.OccurredAt });
    }
}
