using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Evaluation;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// The in-memory evaluator over hand-built data (this file: traits, groups, membership; events and CRM beside it),
/// each answer worked out by hand and checked against both the evaluator and the compiled query over the same rows
/// (<see cref="HandBuiltDatabases"/>); and the two held to each other over a workspace filled through ingestion
/// (Equivalence). Profiles 1–6 live; 7 was merged away and must never match.
/// </summary>
public sealed partial class SegmentRuleEvaluatorTests(SegmentCrmWorld world, HandBuiltDatabases databases)
    : IClassFixture<SegmentCrmWorld>, IClassFixture<HandBuiltDatabases>
{
    private static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);
    private static long[] Living => [1, 2, 3, 4, 5, 6];

    private static readonly SegmentData People = new()
    {
        Living = Living,
        Traits =
        [
            Trait(1, "plan", "\"pro\""), Trait(1, "age", "34"), Trait(1, "vip", "true"), Trait(1, "createdAt", "\"2026-03-20T10:00:00Z\""),
            Trait(2, "plan", "\"Pro\""), Trait(2, "age", "\"42\""), Trait(2, "vip", "\"true\""), Trait(2, "createdAt", "\"2026-03-29\""),
            Trait(3, "plan", "\"free\""), Trait(3, "age", "19.5"), Trait(3, "vip", "false"), Trait(3, "createdAt", "\"not a date\""),
            Trait(4, "plan", "7"), Trait(4, "age", "null"), Trait(4, "vip", "1"), Trait(4, "createdAt", "20260101"),
            Trait(5, "plan", """{"name":"pro"}"""), Trait(5, "age", "[34]"),
            Trait(7, "plan", "\"pro\""), Trait(7, "age", "34"),
        ],
    };

    public static TheoryData<string, string, string> TraitTests => new()
    {
        // Strings: ASCII case folded; numbers and booleans have their text too, objects none.
        { "plan", """{"type":"string","operator":"equals","value":"PRO"}""", "1,2" },
        { "plan", """{"type":"string","operator":"notEquals","value":"pro"}""", "3,4,5,6" },
        { "plan", """{"type":"string","operator":"contains","value":"R"}""", "1,2,3" },
        { "plan", """{"type":"string","operator":"startsWith","value":"p"}""", "1,2" },
        { "plan", """{"type":"string","operator":"inList","values":["FREE","7"]}""", "3,4" },
        { "plan", """{"type":"string","operator":"exists"}""", "1,2,3,4" },
        { "plan", """{"type":"string","operator":"notExists"}""", "5,6" },
        // Numbers: JSON numbers only ("42" is text).
        { "age", """{"type":"number","operator":"exists"}""", "1,3" },
        { "age", """{"type":"number","operator":"notExists"}""", "2,4,5,6" },
        { "age", """{"type":"number","operator":"equals","value":"34"}""", "1" },
        { "age", """{"type":"number","operator":"notEquals","value":"34"}""", "2,3,4,5,6" },
        { "age", """{"type":"number","operator":"greaterThan","value":"19"}""", "1,3" },
        { "age", """{"type":"number","operator":"lessThan","value":"30"}""", "3" },
        { "age", """{"type":"number","operator":"between","value":"19.5","value2":"34"}""", "1,3" },
        { "age", """{"type":"number","operator":"inList","values":["34","19.5","42"]}""", "1,3" },
        // Booleans compare as text: the string "true" is true.
        { "vip", """{"type":"boolean","operator":"equals","value":"true"}""", "1,2" },
        { "vip", """{"type":"boolean","operator":"equals","value":"false"}""", "3" },
        { "vip", """{"type":"boolean","operator":"exists"}""", "1,2,3" },
        { "vip", """{"type":"boolean","operator":"notExists"}""", "4,5,6" },
        // Dates: ISO text by whole days; within last N days by the instant (now is 2026-03-31 12:00).
        { "createdAt", """{"type":"date","operator":"before","value":"2026-03-21"}""", "1" },
        { "createdAt", """{"type":"date","operator":"after","value":"2026-03-20"}""", "2" },
        { "createdAt", """{"type":"date","operator":"between","value":"2026-03-20","value2":"2026-03-29"}""", "1,2" },
        { "createdAt", """{"type":"date","operator":"withinLastDays","days":11}""", "2" },
        { "createdAt", """{"type":"date","operator":"withinLastDays","days":12}""", "1,2" },
        { "createdAt", """{"type":"date","operator":"exists"}""", "1,2" },
        { "createdAt", """{"type":"date","operator":"notExists"}""", "3,4,5,6" },
    };

    [Theory]
    [MemberData(nameof(TraitTests))]
    public Task Members_TraitCondition_MatchesHandComputedProfiles(string trait, string test, string expected) =>
        AssertConditionAsync(People, $$"""{"kind":"trait","trait":"{{trait}}","test":{{test}}}""", expected);

    [Theory]
    [InlineData("""{"match":"all","children":[]}""", "1,2,3,4,5,6")]
    [InlineData("""{"match":"any","children":[]}""", "")]
    [InlineData("""{"match":"none","children":[]}""", "1,2,3,4,5,6")]
    [InlineData("""{"match":"none","children":[{"kind":"group","match":"none","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"equals","value":"pro"}}]}]}""", "1,2")]
    [InlineData("""{"match":"none","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"equals","value":"pro"}},{"kind":"trait","trait":"age","test":{"type":"number","operator":"exists"}}]}""", "4,5,6")]
    [InlineData("""{"match":"any","children":[{"kind":"group","match":"none","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"exists"}}]},{"kind":"trait","trait":"vip","test":{"type":"boolean","operator":"equals","value":"false"}}]}""", "3,5,6")]
    [InlineData("""{"match":"all","children":[{"kind":"group","match":"any","children":[]},{"kind":"trait","trait":"plan","test":{"type":"string","operator":"exists"}}]}""", "")]
    public Task Members_Group_CombinesChildrenAsHandComputed(string json, string expected) => AssertMembersAsync(People, json, expected);

    [Theory]
    [InlineData(1, true, "1,2")]
    [InlineData(1, false, "3,4,5,6")]
    [InlineData(3, true, "")]
    [InlineData(3, false, "1,2,3,4,5,6")]
    public Task Members_MembershipCondition_TakesLivingMembersOrTheRest(long segmentId, bool member, string expected) =>
        AssertConditionAsync(Memberships, $$"""{"kind":"membership","segmentId":{{segmentId}},"member":{{(member ? "true" : "false")}}}""", expected);

    [Theory]
    [InlineData("""{"match":"all","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"notExists"}}]}""")]
    [InlineData("""{"match":"none","children":[]}""")]
    public Task Members_NoProfiles_MatchesNobodyEvenForComplements(string json) => AssertMembersAsync(Nobody, json, "");

    private static readonly SegmentData Memberships = new() { Living = Living, Members = [new(1, 1), new(1, 2), new(1, 7), new(2, 3)] };

    private static readonly SegmentData Nobody = new();

    private static TraitFact Trait(long profile, string key, string json) => new(profile, key, json);

    private static SegmentEvent Event(long id, long profile, string name, string at, string props) => new()
    {
        EventId = id, ProfileId = profile, Name = name, Props = props,
        Timestamp = DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
    };

    private Task AssertConditionAsync(SegmentData data, string condition, string expected) =>
        AssertMembersAsync(data, $$"""{"match":"all","children":[{{condition}}]}""", expected);

    /// <summary>The evaluator over the data and the compiled query over the same rows both give the expected members ("1,2").</summary>
    private async Task AssertMembersAsync(SegmentData data, string json, string expected)
    {
        var rule = SegmentRuleJson.Parse(json);
        var evaluated = Names(new SegmentRuleEvaluator(data, Now).Members(rule));
        var host = await databases.ForAsync(data, Now);
        var compiled = Names(await host.Get<SegmentPreviewService>().MembersAsync(rule, null, SegmentWorld.Ct));

        Assert.Equal((expected, expected), (evaluated, compiled));
    }

    private static string Names(IEnumerable<long> ids) => string.Join(",", ids);
}
