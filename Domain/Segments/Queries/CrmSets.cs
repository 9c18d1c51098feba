using System.Linq.Expressions;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// CRM conditions: a profile is linked to the contacts whose <c>crm_contact_id</c> identifier it holds, and passes when
/// any linked contact does (open tickets count over all of them).
/// </summary>
internal sealed class CrmSets(PortalDbContext db, DateTime now)
{
    public IQueryable<long> Matching(CrmCondition condition, IQueryable<long> living)
    {
        var links = db.ProfileIdentifiers.Where(i => i.Type == CrmMessages.ContactIdType);
        switch (condition.Field)
        {
            case CrmField.DealStage:
                var stageId = condition.StageId!.Value;
                var contacts = db.Deals.Where(d => d.StageId == stageId && d.ContactId != null).Select(d => d.ContactId!.Value.ToString());
                return links.Where(l => contacts.Contains(l.Value)).Select(l => l.ProfileId);
            case CrmField.OpenTickets:
                var open = from l in links
                           join t in db.CrmTickets on l.Value equals t.ContactId!.Value.ToString()
                           where t.ContactId != null && t.Status != TicketStatus.Solved && t.Status != TicketStatus.Closed
                           group t by l.ProfileId into g
                           select new Value { ProfileId = g.Key, Text = null, Number = g.Count() };
                return Counts.Matching(open, condition.Test!, now, db.Provider, living);
            case CrmField.AccountField:
                var accounts = from l in links
                               join c in db.Contacts on l.Value equals c.Id.ToString()
                               join a in db.CrmAccounts on c.AccountId equals a.Id
                               select new AccountRow { ProfileId = l.ProfileId, Name = a.Name, Domain = a.Domain, Industry = a.Industry, Country = a.Country, Employees = a.Employees };
                return Sets.Matching(accounts, r => r.ProfileId, AccountText(condition.AccountField!), r => r.Employees,
                    ScalarTests.Of(condition.Test!, now, db.Provider), living);
            default:
                var owners = from l in links
                             join c in db.Contacts on l.Value equals c.Id.ToString()
                             select new { l.ProfileId, c.OwnerId };
                return Sets.Matching(owners, r => r.ProfileId, r => r.OwnerId, r => null, ScalarTests.Of(condition.Test!, now, db.Provider), living);
        }
    }

    private static Expression<Func<AccountRow, string?>> AccountText(string field) => field switch
    {
        "name" => r => r.Name,
        "domain" => r => r.Domain,
        "industry" => r => r.Industry,
        _ => r => r.Country,
    };

    /// <summary>An object initializer, not a constructor: EF Core translates member access only after the former (see <see cref="Value"/>).</summary>
    private sealed class AccountRow
    {
        public long ProfileId { get; init; }

        public required string Name { get; init; }

        public string? Domain { get; init; }

        public string? Industry { get; init; }

        public string? Country { get; init; }

        public double? Employees { get; init; }
    }
}
