using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy.Subjects;

/// <summary>
/// Where one person's data is: everything the identity graph links to the identifier they were asked about. It is what
/// an erasure deletes and what a subject-access export reads; it changes nothing by itself.
/// </summary>
public sealed class SubjectFootprint
{
    /// <summary>The identifier the request named, normalised.</summary>
    public required IdentifierKey Seed { get; init; }

    /// <summary>Every identifier of the person: their profiles' (merged ones included), their CRM contacts' and those on their unresolved messages.</summary>
    public required IReadOnlySet<IdentifierKey> Identifiers { get; init; }

    /// <summary>The living profile(s) and every profile merged into them.</summary>
    public required IReadOnlySet<long> ProfileIds { get; init; }

    public required IReadOnlySet<long> ContactIds { get; init; }

    /// <summary>The person's events, ascending: attributed to their profiles, or not resolved yet and carrying one of their identifiers.</summary>
    public required IReadOnlyList<long> EventIds { get; init; }

    /// <summary>
    /// Other people's events that still carry one of the person's identifiers (identity resolution left it off as a
    /// conflict and gave the event to someone else), ascending: an erasure removes the identifier from them, not the event.
    /// </summary>
    public required IReadOnlyList<long> MentionEventIds { get; init; }

    /// <summary>
    /// The person's identifier values, trait text values and CRM contact fields (three characters or more): what must not
    /// remain in anything kept about them, such as an anonymised event.
    /// </summary>
    public required IReadOnlySet<string> PersonalValues { get; init; }

    public bool IsEmpty => ProfileIds.Count == 0 && ContactIds.Count == 0 && EventIds.Count == 0 && MentionEventIds.Count == 0;
}
