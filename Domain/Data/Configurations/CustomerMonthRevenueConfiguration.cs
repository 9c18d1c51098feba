using Lodestar.Domain.Economics.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class CustomerMonthRevenueConfiguration : IEntityTypeConfiguration<CustomerMonthRevenue>
{
    public void Configure(EntityTypeBuilder<CustomerMonthRevenue> builder)
    {
        // Month first: a period's revenue and active customers read one key range.
        builder.HasKey(m => new { m.Month, m.ProfileId });
    }
}
