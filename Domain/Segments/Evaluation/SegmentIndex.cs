using System.Globalization;
using System.Text.Json;
using Lodestar.Domain.Segments.Facts;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary><see cref="SegmentData"/> looked up the ways conditions read it; event messages are parsed once.</summary>
internal sealed class SegmentIndex
{
    public SegmentIndex(SegmentData data)
    {
        Living = [.. data.Living];
        Traits = data.Traits.ToLookup(t => t.Key, StringComparer.Ordinal);
        Events = data.Events.Select(e => new IndexedEvent(e, JsonScalar.Document(e.Props))).ToLookup(e => e.Row.Name, StringComparer.Ordinal);
        ContactLinks = data.ContactLinks;
        Contacts = data.Contacts.ToLookup(c => Key(c.Id), StringComparer.Ordinal);
        Accounts = data.Accounts.ToLookup(a => a.Id);
        Deals = data.Deals;
        Tickets = data.Tickets;
        Members = data.Members.ToLookup(m => m.SegmentId, m => m.ProfileId);
    }

    public HashSet<long> Living { get; }

    public ILookup<string, TraitFact> Traits { get; }

    public ILookup<string, IndexedEvent> Events { get; }

    public IReadOnlyList<ContactLinkFact> ContactLinks { get; }

    /// <summary>By id as text, the way a <c>crm_contact_id</c> identifier names it.</summary>
    public ILookup<string, ContactFact> Contacts { get; }

    public ILookup<long, AccountFact> Accounts { get; }

    public IReadOnlyList<DealFact> Deals { get; }

    public IReadOnlyList<TicketFact> Tickets { get; }

    public ILookup<long, long> Members { get; }

    /// <summary>A record id as the query writes it to compare with identifier text.</summary>
    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The living profiles with a row whose value passes the test; for a complement test (not equals, not exists), the
    /// living profiles without one, so a profile without any value passes it.
    /// </summary>
    public HashSet<long> Matching(IEnumerable<(long ProfileId, JsonScalar Value)> rows, ScalarPredicate test)
    {
        var passing = rows.Where(r => test.Positive(r.Value)).Select(r => r.ProfileId);
        if (test.Complement)
            return LivingExcept(passing);
        var result = new HashSet<long>(passing);
        result.IntersectWith(Living);
        return result;
    }

    /// <summary>Every living profile except <paramref name="excluded"/>.</summary>
    public HashSet<long> LivingExcept(IEnumerable<long> excluded)
    {
        var result = new HashSet<long>(Living);
        result.ExceptWith(excluded);
        return result;
    }
}
