using Lodestar.Domain.Economics.Spend;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class MarketingSpendConfiguration : IEntityTypeConfiguration<MarketingSpend>
{
    public void Configure(EntityTypeBuilder<MarketingSpend> builder)
    {
        builder.ToTable("MarketingSpend");
        builder.Property(s => s.Channel).HasMaxLength(SpendLimits.ChannelLength);
        builder.Property(s => s.Campaign).HasMaxLength(SpendLimits.CampaignLength);
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.HasIndex(s => s.Date);
    }
}
