namespace Lodestar.Domain.Privacy.Retention;

/// <summary>
/// The keys of the data classes retention applies to, as the API and the settings name them. Each has an
/// <see cref="IRetentionPurger"/>; a new class is a new purger registered in <see cref="RetentionServiceCollectionExtensions"/>
/// (the settings, the API, the page and the report take the list from the registered purgers).
/// </summary>
public static class RetentionClasses
{
    public const string Events = "events";
    public const string RawMessages = "raw-messages";
    public const string CrmActivities = "crm-activities";
    public const string DestinationLedgers = "destination-ledgers";
    public const string SuppressedCounters = "suppressed-counters";
}
