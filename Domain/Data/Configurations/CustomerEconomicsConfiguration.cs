using Lodestar.Domain.Economics.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class CustomerEconomicsConfiguration : IEntityTypeConfiguration<CustomerEconomics>
{
    public void Configure(EntityTypeBuilder<CustomerEconomics> builder)
    {
        builder.HasKey(c => c.ProfileId);
        builder.Property(c => c.ProfileId).ValueGeneratedNever();
        builder.Property(c => c.Channel).HasMaxLength(Economics.Spend.SpendLimits.ChannelLength);
        builder.HasIndex(c => new { c.CohortMonth, c.Channel });
    }
}
