using System.Globalization;

namespace Lodestar.Domain.Privacy.Access;

/// <summary>How many records of each kind a subject-access document holds (counted as they were written).</summary>
public sealed class SubjectExportSummary
{
    public int Profiles { get; internal set; }

    public int Identifiers { get; internal set; }

    public int Traits { get; internal set; }

    public int Merges { get; internal set; }

    public int ConsentDecisions { get; internal set; }

    public int SegmentMemberships { get; internal set; }

    public int SegmentMembershipChanges { get; internal set; }

    public int SegmentUploads { get; internal set; }

    public int DestinationMemberships { get; internal set; }

    public int DestinationRecords { get; internal set; }

    public int CrmContacts { get; internal set; }

    public int CrmFieldChanges { get; internal set; }

    public int CrmActivities { get; internal set; }

    public int CrmTickets { get; internal set; }

    public int CrmDeals { get; internal set; }

    public int LifetimeValues { get; internal set; }

    public int ImportedTransactions { get; internal set; }

    public int Events { get; internal set; }

    /// <summary>Other people's events that carry one of the person's identifiers: counted, not exported (they are someone else's).</summary>
    public int EventsOfOthersMentioningThem { get; internal set; }

    /// <summary>The counts by the names the document uses, in its order.</summary>
    public IReadOnlyList<(string Name, int Count)> Counts =>
    [
        ("profiles", Profiles), ("identifiers", Identifiers), ("traits", Traits), ("merges", Merges),
        ("consentDecisions", ConsentDecisions), ("segmentMemberships", SegmentMemberships),
        ("segmentMembershipChanges", SegmentMembershipChanges), ("segmentUploads", SegmentUploads),
        ("destinationMemberships", DestinationMemberships), ("destinationRecords", DestinationRecords),
        ("crmContacts", CrmContacts), ("crmFieldChanges", CrmFieldChanges), ("crmActivities", CrmActivities),
        ("crmTickets", CrmTickets), ("crmDeals", CrmDeals), ("lifetimeValues", LifetimeValues),
        ("importedTransactions", ImportedTransactions), ("events", Events), ("eventsOfOthersMentioningThem", EventsOfOthersMentioningThem),
    ];

    /// <summary>One line for the audit log: the non-zero counts (<c>profiles 1, identifiers 5, events 10000</c>).</summary>
    public string Describe()
    {
        var parts = Counts.Where(c => c.Count > 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Count}")).ToList();
        return parts.Count == 0 ? "nothing held" : string.Join(", ", parts);
    }
}
