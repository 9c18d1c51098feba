using Lodestar.Domain.Economics.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class EconomicsCohortCellConfiguration : IEntityTypeConfiguration<EconomicsCohortCell>
{
    public void Configure(EntityTypeBuilder<EconomicsCohortCell> builder)
    {
        builder.HasKey(c => new { c.CohortMonth, c.Channel, c.MonthIndex });
        builder.Property(c => c.Channel).HasMaxLength(Economics.Spend.SpendLimits.ChannelLength);
    }
}
