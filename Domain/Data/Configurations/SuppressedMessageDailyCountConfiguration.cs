using Lodestar.Domain.Privacy.Suppression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SuppressedMessageDailyCountConfiguration : IEntityTypeConfiguration<SuppressedMessageDailyCount>
{
    public void Configure(EntityTypeBuilder<SuppressedMessageDailyCount> builder)
    {
        builder.HasKey(c => c.Day);
        builder.Property(c => c.Day).ValueGeneratedNever();
    }
}
