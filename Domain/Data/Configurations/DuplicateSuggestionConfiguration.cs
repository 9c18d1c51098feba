using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DuplicateSuggestionConfiguration : IEntityTypeConfiguration<DuplicateSuggestion>
{
    public void Configure(EntityTypeBuilder<DuplicateSuggestion> builder)
    {
        builder.Property(s => s.DecidedBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.LeftProfileId, s.RightProfileId }).IsUnique();
        builder.HasIndex(s => new { s.Status, s.Probability });
    }
}
