using Lodestar.Domain.Destinations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DestinationMemberConfiguration : IEntityTypeConfiguration<DestinationMember>
{
    public void Configure(EntityTypeBuilder<DestinationMember> builder)
    {
        builder.HasKey(m => new { m.ConnectionId, m.ProfileId });
        builder.HasOne<DestinationConnection>().WithMany().HasForeignKey(m => m.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
