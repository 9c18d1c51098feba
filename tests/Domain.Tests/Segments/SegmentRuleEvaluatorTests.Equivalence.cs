using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Evaluation;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// Every hand-checked rule (the preview's and the CRM's) and more edge cases: the compiled SQL over
/// <see cref="SegmentCrmWorld"/> and the evaluator over a snapshot of the same database give the same members.
/// </summary>
public sealed partial class SegmentRuleEvaluatorTests
{
    /// <summary>Rules with no hand-computed answer: only the two evaluations must agree.</summary>
    private static readonly string[] EdgeRules =
    [
        // Traits: an object (address), a number kept as text (crmContactId), names, booleans and dates that exist or not.
        """{"match":"all","children":[{"kind":"trait","trait":"address","test":{"type":"string","operator":"exists"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"address","test":{"type":"string","operator":"notExists"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"crmContactId","test":{"type":"number","operator":"exists"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"crmContactId","test":{"type":"string","operator":"exists"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"firstName","test":{"type":"string","operator":"inList","values":["ERIN","gina"]}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"vip","test":{"type":"boolean","operator":"exists"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"vip","test":{"type":"boolean","operator":"notExists"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"exists"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"after","value":"2026-03-20"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"notEquals","value":"34"}}]}""",
        """{"match":"all","children":[{"kind":"trait","trait":"email","test":{"type":"string","operator":"contains","value":"EXAMPLE"}}]}""",
        // Events, CRM events included.
        """{"match":"all","children":[{"kind":"event","event":"Ticket Opened","where":[{"property":"properties.status","test":{"type":"string","operator":"equals","value":"new"}}]}]}""",
        """{"match":"all","children":[{"kind":"event","event":"Deal Created","count":2}]}""",
        """{"match":"all","children":[{"kind":"event","event":"Order Completed","frequency":"exactly","count":0}]}""",
        """{"match":"all","children":[{"kind":"event","event":"Order Completed","frequency":"atMost","count":0}]}""",
        """{"match":"all","children":[{"kind":"event","event":"Pricing","window":{"lastDays":30}}]}""",
        """{"match":"all","children":[{"kind":"event","event":"Pricing","window":{"from":"2026-03-01","to":"2026-03-10"}}]}""",
        // Computed values.
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"first","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"80"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"last","property":"properties.revenue","test":{"type":"number","operator":"notExists"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"last","property":"properties.revenue","test":{"type":"string","operator":"equals","value":"10.5"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"mostFrequent","property":"properties.revenue","test":{"type":"string","operator":"equals","value":"10.5"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"mostFrequent","property":"properties.revenue","test":{"type":"number","operator":"lessThan","value":"100"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"mostFrequent","property":"properties.order_id","test":{"type":"string","operator":"startsWith","value":"a1"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Pricing","aggregation":"mostFrequent","property":"context.campaign.source","test":{"type":"string","operator":"equals","value":"google"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"max","property":"properties.revenue","test":{"type":"number","operator":"notEquals","value":"600"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"average","property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"100"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"360.5"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"count","window":{"lastDays":7},"test":{"type":"number","operator":"between","value":"1","value2":"2"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"count","test":{"type":"number","operator":"inList","values":["0","3"]}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"count","test":{"type":"number","operator":"notEquals","value":"0"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Deal Created","aggregation":"sum","property":"properties.amount","test":{"type":"number","operator":"greaterThan","value":"0"}}]}""",
        """{"match":"all","children":[{"kind":"computed","event":"Ticket Opened","aggregation":"first","property":"properties.priority","test":{"type":"string","operator":"notEquals","value":"normal"}}]}""",
        // Groups.
        """{"match":"any","children":[]}""",
        """{"match":"none","children":[]}""",
        """{"match":"none","children":[{"kind":"group","match":"none","children":[{"kind":"crm","field":"dealStage","stageId":1}]},{"kind":"membership","segmentId":{fans}}]}""",
        """{"match":"any","children":[{"kind":"group","match":"all","children":[{"kind":"event","event":"Pricing"},{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"equals","value":"0"}}]},{"kind":"membership","segmentId":{fans},"member":false}]}""",
    ];

    public static TheoryData<string> EveryRule => new(
        SegmentPreviewServiceTests.Rules.Select(r => r.Data.Item1)
            .Concat(CrmSetsTests.Rules.Select(r => r.Data.Item1))
            .Concat(EdgeRules));

    [Theory]
    [MemberData(nameof(EveryRule))]
    public async Task Members_RuleOverTheCrmWorld_EqualsTheCompiledQuery(string json)
    {
        var rule = world.Rule(json);
        var compiled = await world.Host.Get<SegmentPreviewService>().MembersAsync(rule, null, SegmentWorld.Ct);

        var data = await world.Host.Get<SegmentDataService>().LoadAsync(SegmentWorld.Ct);
        var evaluated = new SegmentRuleEvaluator(data, SegmentWorld.Now).Members(rule);

        Assert.Equal(compiled, evaluated);
    }
}
