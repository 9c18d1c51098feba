using Lodestar.Domain.Privacy.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class RetentionReportLineConfiguration : IEntityTypeConfiguration<RetentionReportLine>
{
    public void Configure(EntityTypeBuilder<RetentionReportLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Class).HasMaxLength(RetentionLimits.ClassLength).IsRequired();
        builder.Property(l => l.Note).HasMaxLength(RetentionLimits.NoteLength);
        builder.HasIndex(l => new { l.ReportId, l.Id });
    }
}
