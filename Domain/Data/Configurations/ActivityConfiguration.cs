using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Activities;
using Lodestar.Domain.Crm.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("CrmActivities");
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Subject).HasMaxLength(ActivityLimits.Subject);
        builder.Property(a => a.Body).HasMaxLength(ActivityLimits.Body);
        builder.Property(a => a.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.AssigneeId).HasMaxLength(450);
        builder.Property(a => a.CreatedBy).HasMaxLength(256);
        // Every record an activity links to is reachable from contacts or accounts by another cascading path, which SQL
        // Server refuses; and an activity must keep one link. So the database does nothing and ActivityLinks lets the
        // activities go in the same transaction as the record's delete.
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Deal>().WithMany().HasForeignKey(a => a.DealId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Ticket>().WithMany().HasForeignKey(a => a.TicketId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(a => new { a.ContactId, a.OccurredAt });
        builder.HasIndex(a => new { a.AccountId, a.OccurredAt });
        builder.HasIndex(a => new { a.DealId, a.OccurredAt });
        builder.HasIndex(a => new { a.TicketId, a.OccurredAt });
        builder.HasIndex(a => new { a.AssigneeId, a.CompletedAt, a.DueAt });
    }
}
