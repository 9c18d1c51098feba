using Lodestar.Domain.Crm;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("CrmAccounts");
        builder.Property(a => a.Name).HasMaxLength(ContactLimits.Text);
        builder.Property(a => a.Domain).HasMaxLength(ContactLimits.Text);
        builder.Property(a => a.Industry).HasMaxLength(ContactLimits.Text);
        builder.Property(a => a.Country).HasMaxLength(ContactLimits.Text);
        builder.Property(a => a.OwnerId).HasMaxLength(450);
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => a.Domain);
        builder.HasIndex(a => a.OwnerId);
    }
}
