using System.Text.Json;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Tests.Features.Segments.Rules;

/// <summary>
/// The builder's tree must serialise to the Domain's rule JSON (SegmentRuleJson): this project cannot reference Domain,
/// so the expected JSON is written out as the Domain's records produce it (kind first, camelCase, enums as camelCase
/// strings, nulls left out).
/// </summary>
public sealed class RuleJsonTests
{
    // One line in the Domain's output; broken here after commas for reading.
    private static readonly string Expected = """
        {"kind":"group","match":"all","children":[
        {"kind":"trait","trait":"plan","test":{"type":"string","operator":"inList","values":["pro","team"]}},
        {"kind":"event","event":"Order Completed","performed":true,"frequency":"atLeast","count":2,"window":{"lastDays":90},
        "where":[{"property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"100"}}]},
        {"kind":"group","match":"none","children":[{"kind":"crm","field":"dealStage","stageId":3},
        {"kind":"crm","field":"owner","test":{"type":"string","operator":"equals","value":"u-sam"}},{"kind":"membership","segmentId":5,"member":false}]},
        {"kind":"computed","event":"Page Viewed","aggregation":"mostFrequent","property":"context.campaign.source",
        "test":{"type":"string","operator":"equals","value":"google"},"window":{"from":"2026-01-01","to":"2026-03-31"}},
        {"kind":"trait","trait":"signed_up_at","test":{"type":"date","operator":"withinLastDays","days":30}}]}
        """.Replace("\n", "", StringComparison.Ordinal);

    public static RuleGroupDto Tree() => new()
    {
        Match = GroupMatch.All,
        Children =
        [
            new TraitConditionDto { Trait = "plan", Test = new() { Operator = RuleOperator.InList, Values = ["pro", "team"] } },
            new EventConditionDto
            {
                Event = "Order Completed", Count = 2, Window = new() { LastDays = 90 },
                Where = [new() { Property = "properties.revenue", Test = new() { Type = RuleValueType.Number, Operator = RuleOperator.GreaterThan, Value = "100" } }],
            },
            new RuleGroupDto
            {
                Match = GroupMatch.None,
                Children =
                [
                    new CrmConditionDto { Field = CrmField.DealStage, StageId = 3 },
                    new CrmConditionDto { Field = CrmField.Owner, Test = new() { Value = "u-sam" } },
                    new MembershipConditionDto { SegmentId = 5, Member = false },
                ],
            },
            new ComputedConditionDto
            {
                Event = "Page Viewed", Aggregation = Aggregation.MostFrequent, Property = "context.campaign.source",
                Test = new() { Value = "google" }, Window = new() { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 3, 31) },
            },
            new TraitConditionDto { Trait = "signed_up_at", Test = new() { Type = RuleValueType.Date, Operator = RuleOperator.WithinLastDays, Days = 30 } },
        ],
    };

    [Fact]
    public void Serialize_BuiltTree_WritesTheDomainsRuleJson()
    {
        Assert.Equal(Expected, RuleJson.Serialize(Tree()));
    }

    [Fact]
    public void Parse_DomainsRuleJson_ReadsTheSameTree()
    {
        var rule = RuleJson.Parse(Expected);

        Assert.NotNull(rule);
        Assert.Equal(Expected, RuleJson.Serialize(rule));
        Assert.IsType<MembershipConditionDto>(((RuleGroupDto)rule.Children[2]).Children[2]);
    }

    [Fact]
    public void Deserialize_RuleJsonAsTheGroupType_IgnoresTheTopKind()
    {
        // A server that binds the preview body to RuleGroupDto with the web defaults reads the same rule.
        var rule = JsonSerializer.Deserialize<RuleGroupDto>(Expected, JsonSerializerOptions.Web);

        Assert.Equal(5, rule!.Children.Count);
        Assert.Equal(Expected, RuleJson.Serialize(rule));
    }
}
