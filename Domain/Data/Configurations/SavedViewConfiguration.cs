using Lodestar.Domain.Crm.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.ToTable("CrmSavedViews");
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Name).HasMaxLength(SavedViewValidator.NameLength);
        // A user id, or an API key's "api-key:…": no foreign key to the users.
        builder.Property(v => v.OwnerUserId).HasMaxLength(450);
        builder.Property(v => v.Query).HasMaxLength(SavedViewQuery.MaxLength);
        builder.HasIndex(v => new { v.OwnerUserId, v.Kind, v.Name }).IsUnique();
        builder.HasIndex(v => new { v.Kind, v.Shared });
    }
}
