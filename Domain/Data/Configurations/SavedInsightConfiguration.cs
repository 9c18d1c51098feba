using Lodestar.Domain.Insights;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class SavedInsightConfiguration : IEntityTypeConfiguration<SavedInsight>
{
    public void Configure(EntityTypeBuilder<SavedInsight> builder)
    {
        builder.ToTable("SavedInsights");
        // A user id, or an API key's "api-key:…": no foreign key to the users.
        builder.Property(i => i.OwnerUserId).HasMaxLength(450);
        builder.Property(i => i.Name).HasMaxLength(InsightLimits.NameLength);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.QueryJson).IsRequired();
        builder.HasIndex(i => new { i.OwnerUserId, i.CreatedAt });
    }
}
