using Lodestar.Domain.Privacy.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class RetentionReportConfiguration : IEntityTypeConfiguration<RetentionReport>
{
    public void Configure(EntityTypeBuilder<RetentionReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.BackgroundJobId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(RetentionLimits.ErrorLength);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReportId).OnDelete(DeleteBehavior.Cascade);
        // The page and the API read the latest reports first.
        builder.HasIndex(r => r.StartedAt);
    }
}
