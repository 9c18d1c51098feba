using Lodestar.Domain.Economics.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ImportedTransactionConfiguration : IEntityTypeConfiguration<ImportedTransaction>
{
    public void Configure(EntityTypeBuilder<ImportedTransaction> builder)
    {
        builder.Property(t => t.OrderId).HasMaxLength(100);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.Property(t => t.IdentifierType).HasMaxLength(64);
        builder.Property(t => t.IdentifierValue).HasMaxLength(Events.EventLimits.IdentifierLength);
        builder.Property(t => t.FileName).HasMaxLength(260);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        // An order (or its refund) is imported once; the file that tries again is refused row by row.
        builder.HasIndex(t => new { t.OrderId, t.Kind }).IsUnique();
    }
}
