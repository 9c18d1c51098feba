using Lodestar.Domain.Crm;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("CrmTickets");
        builder.Property(t => t.Subject).HasMaxLength(ContactLimits.Text);
        builder.Property(t => t.Description).HasMaxLength(ContactLimits.LongText);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.AssigneeId).HasMaxLength(450);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.HasOne(t => t.Contact).WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.SetNull);
        // SQL Server refuses a second cascading path from accounts to tickets (the other runs through contacts), so
        // AccountService lets an account's tickets go itself before deleting it.
        builder.HasOne(t => t.Account).WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasIndex(t => new { t.Status, t.DueAt });
        builder.HasIndex(t => t.AssigneeId);
        builder.HasIndex(t => t.ContactId);
        builder.HasIndex(t => t.AccountId);
    }
}
