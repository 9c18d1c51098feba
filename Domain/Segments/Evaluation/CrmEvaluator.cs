using Lodestar.Domain.Crm;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>
/// CRM conditions: a profile is linked to the contacts its <c>crm_contact_id</c> identifiers name, and passes when any
/// linked contact does; open tickets are counted over all of them (none: 0).
/// </summary>
internal sealed class CrmEvaluator(SegmentIndex index, DateTime now)
{
    public HashSet<long> Matching(CrmCondition condition) => condition.Field switch
    {
        CrmField.DealStage => DealStage(condition.StageId!.Value),
        CrmField.OpenTickets => OpenTickets(new ScalarPredicate(condition.Test!, now)),
        CrmField.AccountField => index.Matching(AccountRows(condition.AccountField!), new ScalarPredicate(condition.Test!, now)),
        _ => index.Matching(Linked().Select(l => (l.ProfileId, new JsonScalar(l.Contact.OwnerId, null, null))), new ScalarPredicate(condition.Test!, now)),
    };

    private HashSet<long> DealStage(long stageId)
    {
        var contacts = index.Deals.Where(d => d.StageId == stageId && d.ContactId is not null)
            .Select(d => SegmentIndex.Key(d.ContactId!.Value)).ToHashSet(StringComparer.Ordinal);
        var result = index.ContactLinks.Where(l => contacts.Contains(l.ContactId)).Select(l => l.ProfileId).ToHashSet();
        result.IntersectWith(index.Living);
        return result;
    }

    private HashSet<long> OpenTickets(ScalarPredicate test)
    {
        var open = index.Tickets.Where(t => t.ContactId is not null && t.Status is not (TicketStatus.Solved or TicketStatus.Closed))
            .GroupBy(t => SegmentIndex.Key(t.ContactId!.Value), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var counts = index.ContactLinks.GroupBy(l => l.ProfileId).ToDictionary(g => g.Key, g => g.Sum(l => open.GetValueOrDefault(l.ContactId)));
        return [.. index.Living.Where(p => test.Row(new JsonScalar(null, counts.GetValueOrDefault(p), null)))];
    }

    /// <summary>
    /// One row per linked contact's account: the field's text (country for any other field, as the query reads it)
    /// and the employees as the number.
    /// </summary>
    private IEnumerable<(long, JsonScalar)> AccountRows(string field) =>
        from link in Linked()
        where link.Contact.AccountId is not null
        from account in index.Accounts[link.Contact.AccountId!.Value]
        let text = field switch
        {
            "name" => account.Name,
            "domain" => account.Domain,
            "industry" => account.Industry,
            _ => account.Country,
        }
        select (link.ProfileId, new JsonScalar(text, account.Employees, null));

    private IEnumerable<(long ProfileId, ContactFact Contact)> Linked() =>
        from link in index.ContactLinks
        from contact in index.Contacts[link.ContactId]
        select (link.ProfileId, contact);
}
