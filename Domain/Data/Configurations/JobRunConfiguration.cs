using Lodestar.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(64).IsRequired();
        builder.Property(r => r.BackgroundJobId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Message).HasMaxLength(500);
        builder.HasIndex(r => r.BackgroundJobId).IsUnique();
        builder.HasIndex(r => new { r.Name, r.CreatedAt });
    }
}
