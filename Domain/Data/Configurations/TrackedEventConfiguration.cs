using Lodestar.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class TrackedEventConfiguration : IEntityTypeConfiguration<TrackedEvent>
{
    public void Configure(EntityTypeBuilder<TrackedEvent> builder)
    {
        builder.ToTable("Events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.MessageId).HasMaxLength(EventLimits.MessageIdLength).IsRequired();
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(8);
        builder.Property(e => e.Name).HasMaxLength(EventLimits.IdentifierLength);
        builder.Property(e => e.UserId).HasMaxLength(EventLimits.IdentifierLength);
        builder.Property(e => e.AnonymousId).HasMaxLength(EventLimits.IdentifierLength);
        builder.Property(e => e.GroupId).HasMaxLength(EventLimits.GroupIdLength);
        builder.Property(e => e.PreviousId).HasMaxLength(EventLimits.IdentifierLength);
        builder.Property(e => e.Email).HasMaxLength(EventLimits.IdentifierLength);
        builder.Property(e => e.Phone).HasMaxLength(EventLimits.AttributeLength);
        builder.Property(e => e.DeviceId).HasMaxLength(EventLimits.IdentifierLength);
        builder.Property(e => e.CampaignSource).HasMaxLength(EventLimits.AttributeLength);
        builder.Property(e => e.CampaignMedium).HasMaxLength(EventLimits.AttributeLength);
        builder.Property(e => e.CampaignName).HasMaxLength(EventLimits.AttributeLength);
        builder.Property(e => e.Referrer).HasMaxLength(EventLimits.ReferrerLength);
        builder.Property(e => e.Raw).IsRequired();
        builder.Ignore(e => e.Consent);

        // Dedup by messageId across requests and restarts. This is the only secondary index on purpose: every other
        // index would be updated in random order on each insert and halve the ingestion rate (docs/PERFORMANCE.md).
        // Reads use the key order (newest first), the daily counts, or tables that jobs derive from the events.
        builder.HasIndex(e => e.MessageId).IsUnique();
    }
}
