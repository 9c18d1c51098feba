using Lodestar.Domain.Crm;
using Lodestar.Domain.Segments.Evaluation;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// CRM conditions over hand-built records. Links: 1 → contact 10; 2 → 11 and 12; 3 → "007" (text that names no contact);
/// 4 → 13; 5 → 99 (no such contact); 7 (merged away) → 7. Contacts: 10 Acme, owner u-olga; 11 Globex, no owner;
/// 12 no account, owner u-pete; 13 Initech (no fields); 7 Acme, owner u-olga. Deals: 10 and 7 in stage 3, 11 in stage
/// 1, one without a contact in stage 3. Tickets: 10 new; 11 open; 12 pending and solved; 13 closed; 7 open; one open
/// without a contact.
/// </summary>
public sealed partial class SegmentRuleEvaluatorTests
{
    private static readonly SegmentData Crm = new()
    {
        Living = Living,
        ContactLinks = [new(1, "10"), new(2, "11"), new(2, "12"), new(3, "007"), new(4, "13"), new(5, "99"), new(7, "7")],
        Contacts = [new(10, 100, "u-olga"), new(11, 101, null), new(12, null, "u-pete"), new(13, 102, null), new(7, 100, "u-olga")],
        Accounts = [new(100, "Acme", "acme.com", "Software", "US", 250), new(101, "Globex", "globex.com", "retail", "DE", 40), new(102, "Initech")],
        Deals = [new(10, 3), new(11, 1), new(null, 3), new(7, 3)],
        Tickets =
        [
            new(10, TicketStatus.New), new(11, TicketStatus.Open), new(12, TicketStatus.Pending), new(12, TicketStatus.Solved),
            new(13, TicketStatus.Closed), new(7, TicketStatus.Open), new(null, TicketStatus.Open),
        ],
    };

    public static TheoryData<string, string> CrmTests => new()
    {
        { """{"kind":"crm","field":"dealStage","stageId":3}""", "1" },
        { """{"kind":"crm","field":"dealStage","stageId":1}""", "2" },
        { """{"kind":"crm","field":"dealStage","stageId":2}""", "" },
        // Open tickets are counted over all of a profile's contacts; no contact, no tickets: 0.
        { """{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"greaterThan","value":"0"}}""", "1,2" },
        { """{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"equals","value":"0"}}""", "3,4,5,6" },
        { """{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"equals","value":"2"}}""", "2" },
        { """{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"notExists"}}""", "" },
        { """{"kind":"crm","field":"accountField","accountField":"industry","test":{"type":"string","operator":"equals","value":"software"}}""", "1" },
        { """{"kind":"crm","field":"accountField","accountField":"industry","test":{"type":"string","operator":"notEquals","value":"software"}}""", "2,3,4,5,6" },
        { """{"kind":"crm","field":"accountField","accountField":"industry","test":{"type":"string","operator":"notExists"}}""", "3,4,5,6" },
        { """{"kind":"crm","field":"accountField","accountField":"country","test":{"type":"string","operator":"equals","value":"de"}}""", "2" },
        { """{"kind":"crm","field":"accountField","accountField":"employees","test":{"type":"number","operator":"greaterThan","value":"100"}}""", "1" },
        { """{"kind":"crm","field":"accountField","accountField":"employees","test":{"type":"number","operator":"between","value":"1","value2":"100"}}""", "2" },
        { """{"kind":"crm","field":"accountField","accountField":"employees","test":{"type":"number","operator":"exists"}}""", "1,2" },
        { """{"kind":"crm","field":"owner","test":{"type":"string","operator":"equals","value":"U-OLGA"}}""", "1" },
        { """{"kind":"crm","field":"owner","test":{"type":"string","operator":"notEquals","value":"u-olga"}}""", "2,3,4,5,6" },
        { """{"kind":"crm","field":"owner","test":{"type":"string","operator":"exists"}}""", "1,2" },
        { """{"kind":"crm","field":"owner","test":{"type":"string","operator":"notExists"}}""", "3,4,5,6" },
    };

    [Theory]
    [MemberData(nameof(CrmTests))]
    public Task Members_CrmCondition_MatchesHandComputedProfiles(string condition, string expected) => AssertConditionAsync(Crm, condition, expected);
}
