using Lodestar.Domain.Economics.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class EconomicsSnapshotConfiguration : IEntityTypeConfiguration<EconomicsSnapshot>
{
    public void Configure(EntityTypeBuilder<EconomicsSnapshot> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.Attribution).HasMaxLength(32);
        builder.Property(s => s.MissingCurrencies).HasMaxLength(400);
    }
}
