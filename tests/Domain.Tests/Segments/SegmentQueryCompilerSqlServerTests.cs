using Lodestar.Domain.Data;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Queries;
using Lodestar.Domain.Segments.Rules;
using Lodestar.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// The compiler on SQL Server: every kind of condition and operator translates to one statement with SQL Server's JSON
/// functions (no server needed to translate); where a Docker engine exists, rules also run on a real SQL Server.
/// </summary>
public sealed class SegmentQueryCompilerSqlServerTests
{
    public static TheoryData<RuleValueType, RuleOperator> Operators =>
        new(Enum.GetValues<RuleValueType>().SelectMany(type => RuleOperators.For(type).Select(op => (type, op))));

    [Theory]
    [MemberData(nameof(Operators))]
    public void Compile_EveryTypeAndOperatorInEveryCondition_TranslatesToOneSqlServerStatement(RuleValueType type, RuleOperator op)
    {
        var test = Sample(type, op);
        List<RuleNode> conditions =
        [
            new TraitCondition("plan", test),
            new EventCondition("Order Completed", Where: [new PropertyFilter("properties.revenue", test)]),
            new ComputedCondition("Order Completed", Aggregation.First, "properties.revenue", test),
            new ComputedCondition("Order Completed", Aggregation.Last, "context.campaign.source", test, new EventWindow(LastDays: 30)),
            new ComputedCondition("Order Completed", Aggregation.MostFrequent, "properties.revenue", test),
        ];
        if (type == RuleValueType.Number)
        {
            conditions.AddRange(new[] { Aggregation.Sum, Aggregation.Average, Aggregation.Min, Aggregation.Max, Aggregation.Count }
                .Select(a => new ComputedCondition("Order Completed", a, "properties.revenue", test)));
            conditions.Add(new CrmCondition(CrmField.OpenTickets, Test: test));
            conditions.Add(new CrmCondition(CrmField.AccountField, AccountField: "employees", Test: test));
        }

        if (type == RuleValueType.String)
            conditions.Add(new CrmCondition(CrmField.AccountField, AccountField: "industry", Test: test));
        if (type == RuleValueType.String && op is RuleOperator.Equals or RuleOperator.NotEquals or RuleOperator.Exists or RuleOperator.NotExists)
            conditions.Add(new CrmCondition(CrmField.Owner, Test: test));
        var rule = new RuleGroup(GroupMatch.All, conditions);
        SegmentRuleValidator.Check(rule);

        var sql = Translate(rule);

        Assert.Contains("JSON_VALUE", sql, StringComparison.Ordinal);
        if (type == RuleValueType.Number)
            Assert.Contains("TRY_CONVERT(float, JSON_VALUE", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SegmentRuleEvaluatorTests.EveryRule), MemberType = typeof(SegmentRuleEvaluatorTests))]
    public void Compile_EveryCheckedRule_TranslatesToOneSqlServerStatement(string json)
    {
        var rule = SegmentCrmWorld.Fill(json, "owner-1", "owner-2", 1);
        SegmentRuleValidator.Check(rule);

        var sql = Translate(rule);

        if (json.Contains("\"kind\":\"trait\"", StringComparison.Ordinal) || json.Contains("\"property\"", StringComparison.Ordinal))
            Assert.Contains("JSON_VALUE", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GroupMatch.All)]
    [InlineData(GroupMatch.Any)]
    [InlineData(GroupMatch.None)]
    public void Compile_GroupsOfMembershipAndDealStage_TranslateToOneSqlServerStatement(GroupMatch match)
    {
        var rule = new RuleGroup(match, [new MembershipCondition(1), new MembershipCondition(2, Member: false), new CrmCondition(CrmField.DealStage, StageId: 3),
            new RuleGroup(GroupMatch.None, [new EventCondition("Pricing", Performed: false), new EventCondition("Pricing", Frequency: Frequency.AtMost, Count: 2)])]);

        var sql = Translate(rule);

        Assert.Contains("EXCEPT", sql, StringComparison.Ordinal);
    }

    /// <summary>
    /// JSON_VALUE and TRY_CONVERT return null for non-null arguments (a missing path, a value that is no number): their
    /// null tests must stay in the SQL. (They were dropped while the functions declared that their arguments propagate
    /// nullability: exists matched every row, an event filter "not exists" matched nothing.)
    /// </summary>
    [Theory]
    [InlineData("""{"kind":"trait","trait":"age","test":{"type":"number","operator":"exists"}}""", "IS NOT NULL")]
    [InlineData("""{"kind":"trait","trait":"plan","test":{"type":"string","operator":"notExists"}}""", "IS NOT NULL")]
    [InlineData("""{"kind":"event","event":"Pricing","where":[{"property":"context.campaign.source","test":{"type":"string","operator":"notExists"}}]}""", "IS NULL")]
    [InlineData("""{"kind":"event","event":"Order","where":[{"property":"properties.revenue","test":{"type":"number","operator":"notEquals","value":"100"}}]}""", "IS NULL")]
    [InlineData("""{"kind":"event","event":"Order","where":[{"property":"properties.plan","test":{"type":"string","operator":"notEquals","value":"pro"}}]}""", "IS NULL")]
    [InlineData("""{"kind":"computed","event":"Order","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"notExists"}}""", "IS NOT NULL")]
    public void Compile_TestOnAJsonValueThatMayBeMissing_KeepsItsNullTestOnSqlServer(string condition, string nullTest)
    {
        var sql = Translate(SegmentRuleJson.Parse($$"""{"match":"all","children":[{{condition}}]}"""));

        Assert.Matches($@"JSON_VALUE\([^\n]*\) {nullTest}", sql);
        Assert.DoesNotContain("0 = 1", sql, StringComparison.Ordinal);
    }

    /// <summary>Rules of the preview's hand-checked set whose answer does not depend on how SQL Server compares text.</summary>
    [Fact(SkipUnless = nameof(DockerEngine.IsAvailable), SkipType = typeof(DockerEngine), Skip = "No Docker engine here: the SQL Server segment test needs Testcontainers.")]
    public async Task MembersAsync_RulesOnSqlServer_GiveTheHandComputedMembers()
    {
        var ct = SegmentWorld.Ct;
        await using var container = SqlServerContainers.Create();
        await container.StartAsync(ct);
        await using var world = await SegmentWorld.StartAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Portal"] = container.GetConnectionString(),
        });
        string[] picked = ["PRO", "greaterThan", "\"vip\"", "withinLastDays", "\"count\":3", "\"sum\"", "\"mostFrequent\"", "\"last\"", "\"match\":\"none\"", "\"match\":\"any\""];
        var wrong = new List<string>();

        foreach (var (json, expected) in SegmentPreviewServiceTests.Rules.Select(r => r.Data).Where(r => picked.Any(p => r.Item1.Contains(p, StringComparison.Ordinal))))
        {
            var members = await world.Host.Get<SegmentPreviewService>().MembersAsync(SegmentRuleJson.Parse(json), null, ct);
            if (await world.NamesAsync(members) is var names && names != expected)
                wrong.Add($"{json}: {names}, expected {expected}");
        }

        Assert.Empty(wrong);
    }

    private static string Translate(RuleGroup rule)
    {
        var options = new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer("Server=none;Database=none;Trusted_Connection=True").Options;
        using var db = new SqlServerPortalDbContext(options);
        var sql = new SegmentQueryCompiler(db, SegmentWorld.Now).Compile(rule).ToQueryString();
        Assert.Contains("SELECT", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("json_", sql, StringComparison.Ordinal);
        return sql;
    }

    private static ValueTest Sample(RuleValueType type, RuleOperator op)
    {
        var (value, value2, values) = type switch
        {
            RuleValueType.Number => ("1", "2", new[] { "1", "2.5" }),
            RuleValueType.Boolean => ("true", null, null),
            RuleValueType.Date => ("2026-01-01", "2026-02-01", null),
            _ => ("pro", null, new[] { "pro", "free" }),
        };
        return op switch
        {
            RuleOperator.Exists or RuleOperator.NotExists => new ValueTest(type, op),
            RuleOperator.InList => new ValueTest(type, op, Values: values),
            RuleOperator.WithinLastDays => new ValueTest(type, op, Days: 30),
            RuleOperator.Between => new ValueTest(type, op, value, value2),
            _ => new ValueTest(type, op, value),
        };
    }
}
