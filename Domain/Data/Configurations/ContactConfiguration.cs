using Lodestar.Domain.Crm;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.ExternalId).HasMaxLength(ContactLimits.ExternalId);
        builder.Property(c => c.FirstName).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.LastName).HasMaxLength(ContactLimits.Name);
        builder.Property(c => c.Email).HasMaxLength(ContactLimits.Email);
        builder.Property(c => c.Phone).HasMaxLength(ContactLimits.Phone);
        builder.Property(c => c.Street).HasMaxLength(ContactLimits.Text);
        builder.Property(c => c.StreetNumber).HasMaxLength(ContactLimits.Short);
        builder.Property(c => c.City).HasMaxLength(ContactLimits.Text);
        builder.Property(c => c.Postcode).HasMaxLength(ContactLimits.Short);
        builder.Property(c => c.State).HasMaxLength(ContactLimits.Text);
        builder.Property(c => c.Country).HasMaxLength(ContactLimits.Text);
        builder.Property(c => c.OwnerId).HasMaxLength(450);
        builder.HasOne(c => c.Account).WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.LastName, c.FirstName });
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.Phone);
        builder.HasIndex(c => c.ExternalId);
        builder.HasIndex(c => c.OwnerId);
        builder.HasIndex(c => c.UpdatedAt);
    }
}
