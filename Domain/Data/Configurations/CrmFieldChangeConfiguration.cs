using Lodestar.Domain.Crm;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class CrmFieldChangeConfiguration : IEntityTypeConfiguration<CrmFieldChange>
{
    public void Configure(EntityTypeBuilder<CrmFieldChange> builder)
    {
        builder.Property(c => c.RecordType).HasMaxLength(32);
        builder.Property(c => c.Field).HasMaxLength(64);
        builder.Property(c => c.OldValue).HasMaxLength(1_000);
        builder.Property(c => c.NewValue).HasMaxLength(1_000);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.HasIndex(c => new { c.RecordType, c.RecordId, c.Id });
    }
}
