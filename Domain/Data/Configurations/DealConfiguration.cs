using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lodestar.Domain.Data.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("CrmDeals");
        builder.Property(d => d.Name).HasMaxLength(DealLimits.Name);
        builder.Property(d => d.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(d => d.CloseReason).HasMaxLength(DealLimits.Reason);
        builder.Property(d => d.OwnerId).HasMaxLength(450);
        // Stages and pipelines with deals cannot be removed (the services say so first); records keep their deals' history.
        builder.HasOne<Pipeline>().WithMany().HasForeignKey(d => d.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PipelineStage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
        // SQL Server allows one cascading path from accounts (it is through contacts): AccountService lets the deals go itself.
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.StageId, d.StageChangedAt });
        builder.HasIndex(d => new { d.PipelineId, d.Name });
        builder.HasIndex(d => d.AccountId);
        builder.HasIndex(d => d.ContactId);
        builder.HasIndex(d => d.OwnerId);
    }
}
