using Lodestar.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class EventDailyCountConfiguration : IEntityTypeConfiguration<EventDailyCount>
{
    public void Configure(EntityTypeBuilder<EventDailyCount> builder)
    {
        builder.HasKey(c => new { c.Day, c.Type });
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(8);
    }
}
