using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class IdentityOverrideConfiguration : IEntityTypeConfiguration<IdentityOverride>
{
    public void Configure(EntityTypeBuilder<IdentityOverride> builder)
    {
        builder.Property(o => o.LeftType).HasMaxLength(64);
        builder.Property(o => o.LeftValue).HasMaxLength(256);
        builder.Property(o => o.RightType).HasMaxLength(64);
        builder.Property(o => o.RightValue).HasMaxLength(256);
        builder.Property(o => o.CreatedBy).HasMaxLength(256);
        builder.Property(o => o.Reason).HasMaxLength(300);
        builder.Ignore(o => o.Left);
        builder.Ignore(o => o.Right);
    }
}
