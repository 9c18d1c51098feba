using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class EventProfileConfiguration : IEntityTypeConfiguration<EventProfile>
{
    public void Configure(EntityTypeBuilder<EventProfile> builder)
    {
        builder.HasKey(e => new { e.ProfileId, e.EventId });
        // Event → profile, covering: segment facts take the profile of each new event from here.
        builder.HasIndex(e => new { e.EventId, e.ProfileId });
    }
}
