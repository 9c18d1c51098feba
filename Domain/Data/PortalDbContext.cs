using Lodestar.Domain.Accounts;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Events;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Operations;
using Lodestar.Domain.Settings;
using Lodestar.Domain.Sources;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Data;

/// <summary>
/// The application database. Each provider has its own subclass so that each keeps its own migration set;
/// everything else talks to this type through <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<TrackedEvent> Events => Set<TrackedEvent>();

    public DbSet<EventDailyCount> EventDailyCounts => Set<EventDailyCount>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<ProfileIdentifier> ProfileIdentifiers => Set<ProfileIdentifier>();

    public DbSet<ProfileTrait> ProfileTraits => Set<ProfileTrait>();

    public DbSet<ProfileMerge> ProfileMerges => Set<ProfileMerge>();

    public DbSet<IdentityConflict> IdentityConflicts => Set<IdentityConflict>();

    public DbSet<EventProfile> EventProfiles => Set<EventProfile>();

    public DbSet<IdentityOverride> IdentityOverrides => Set<IdentityOverride>();

    public DbSet<DuplicateSuggestion> DuplicateSuggestions => Set<DuplicateSuggestion>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Account> CrmAccounts => Set<Account>();

    public DbSet<CrmFieldChange> CrmFieldChanges => Set<CrmFieldChange>();

    public DbSet<Crm.Deals.Pipeline> Pipelines => Set<Crm.Deals.Pipeline>();

    public DbSet<Crm.Deals.PipelineStage> PipelineStages => Set<Crm.Deals.PipelineStage>();

    public DbSet<Crm.Deals.Deal> Deals => Set<Crm.Deals.Deal>();
    public DbSet<Ticket> CrmTickets => Set<Ticket>();

    public DbSet<Crm.Activities.Activity> CrmActivities => Set<Crm.Activities.Activity>();

    public DbSet<Segments.Facts.SegmentEvent> SegmentEvents => Set<Segments.Facts.SegmentEvent>();

    public DbSet<Segments.Segment> Segments => Set<Segments.Segment>();

    public DbSet<Segments.SegmentVersion> SegmentVersions => Set<Segments.SegmentVersion>();

    public DbSet<Segments.SegmentMember> SegmentMembers => Set<Segments.SegmentMember>();

    public DbSet<Segments.SegmentRefresh> SegmentRefreshes => Set<Segments.SegmentRefresh>();

    public DbSet<Segments.SegmentMembershipChange> SegmentMembershipChanges => Set<Segments.SegmentMembershipChange>();

    public DbSet<Segments.SegmentStaticIdentifier> SegmentStaticIdentifiers => Set<Segments.SegmentStaticIdentifier>();

    public DbSet<Crm.Views.SavedView> SavedViews => Set<Crm.Views.SavedView>();

    public DbSet<Insights.SavedInsight> SavedInsights => Set<Insights.SavedInsight>();

    public DbSet<Insights.Dashboard> Dashboards => Set<Insights.Dashboard>();

    public DbSet<Insights.DashboardItem> DashboardItems => Set<Insights.DashboardItem>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<Economics.Spend.MarketingSpend> MarketingSpend => Set<Economics.Spend.MarketingSpend>();

    public DbSet<Economics.Settings.ExchangeRate> ExchangeRates => Set<Economics.Settings.ExchangeRate>();

    public DbSet<Economics.Import.ImportedTransaction> ImportedTransactions => Set<Economics.Import.ImportedTransaction>();

    public DbSet<Economics.Results.CustomerEconomics> CustomerEconomics => Set<Economics.Results.CustomerEconomics>();

    public DbSet<Economics.Results.CustomerMonthRevenue> CustomerMonthRevenues => Set<Economics.Results.CustomerMonthRevenue>();

    public DbSet<Economics.Results.EconomicsCohortCell> EconomicsCohortCells => Set<Economics.Results.EconomicsCohortCell>();

    public DbSet<Economics.Results.EconomicsSnapshot> EconomicsSnapshots => Set<Economics.Results.EconomicsSnapshot>();

    public DbSet<Privacy.ConsentChange> ConsentChanges => Set<Privacy.ConsentChange>();

    public DbSet<Privacy.Deletion.DeletionRequest> DeletionRequests => Set<Privacy.Deletion.DeletionRequest>();

    public DbSet<Privacy.Suppression.SuppressedIdentifier> SuppressedIdentifiers => Set<Privacy.Suppression.SuppressedIdentifier>();

    public DbSet<Privacy.Suppression.SuppressedMessageDailyCount> SuppressedMessageDailyCounts => Set<Privacy.Suppression.SuppressedMessageDailyCount>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    public DbSet<Privacy.Retention.RetentionReport> RetentionReports => Set<Privacy.Retention.RetentionReport>();

    public DbSet<Privacy.Retention.RetentionReportLine> RetentionReportLines => Set<Privacy.Retention.RetentionReportLine>();

    public DbSet<Destinations.Destination> Destinations => Set<Destinations.Destination>();

    public DbSet<Destinations.DestinationConnection> DestinationConnections => Set<Destinations.DestinationConnection>();

    public DbSet<Destinations.DestinationMember> DestinationMembers => Set<Destinations.DestinationMember>();

    public DbSet<Destinations.DestinationRun> DestinationRuns => Set<Destinations.DestinationRun>();

    public DbSet<Destinations.DestinationLedgerEntry> DestinationLedger => Set<Destinations.DestinationLedgerEntry>();

    /// <summary>The Data Protection key ring, shared by every portal node, so destination secrets decrypt on all of them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        JsonSqlTranslations.Register(builder, Provider);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp in the model is UTC; providers that do not store the kind give it back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
