using Lodestar.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ActorType).HasMaxLength(AuditLimits.TypeLength);
        builder.Property(e => e.ActorId).HasMaxLength(AuditLimits.IdLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditLimits.NameLength);
        builder.Property(e => e.Action).HasMaxLength(AuditLimits.ActionLength);
        builder.Property(e => e.TargetType).HasMaxLength(AuditLimits.TypeLength);
        builder.Property(e => e.TargetId).HasMaxLength(AuditLimits.IdLength);
        builder.Property(e => e.TargetDisplay).HasMaxLength(AuditLimits.NameLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditLimits.DetailLength);
        builder.Property(e => e.IpAddress).HasMaxLength(AuditLimits.IpLength);
        builder.Property(e => e.UserAgent).HasMaxLength(AuditLimits.UserAgentLength);
        // Newest first, and the same within one action (the filter the page offers).
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.Action, e.OccurredAt });
    }
}
