using Lodestar.Domain.Privacy;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Evaluation;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// The consent condition over <see cref="SegmentWorld"/> plus consent from tracking and the API, compiled to SQL on
/// SQLite against hand-computed members, and evaluated in memory over the same data with the same answer.
/// </summary>
public sealed class SegmentConsentConditionTests
{
    private static CancellationToken Ct => SegmentWorld.Ct;

    // alice grants marketing; bob grants then withdraws; frank granted while still anonymous (anon-frank, merged into
    // frank); erin withdrew by tracking and then granted through the API (later wins); carol only decided analytics;
    // dave never decided anything.
    public static TheoryData<string, string> Rules => new()
    {
        { """{"match":"all","children":[{"kind":"consent","category":"marketing"}]}""", "alice,erin,frank" },
        { """{"match":"all","children":[{"kind":"consent","category":"marketing","granted":false}]}""", "bob,carol,dave" },
        { """{"match":"all","children":[{"kind":"consent","category":"analytics"}]}""", "carol" },
        { """{"match":"none","children":[{"kind":"consent","category":"marketing"}]}""", "bob,carol,dave" },
        { """{"match":"all","children":[{"kind":"consent","category":"marketing"},{"kind":"trait","trait":"plan","test":{"type":"string","operator":"equals","value":"free"}}]}""", "frank" },
        { """{"match":"all","children":[{"kind":"consent","category":"advertising","granted":false}]}""", "alice,bob,carol,dave,erin,frank" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task MembersAsync_ConsentCondition_HandComputedAndSameInMemory(string json, string expected)
    {
        await using var world = await SegmentWorld.StartAsync();
        await world.SendAsync(
            Consent("userId", "alice", "2026-03-21T10:00:00Z", "marketing", true),
            Consent("userId", "bob", "2026-03-01T10:00:00Z", "marketing", true),
            Consent("userId", "bob", "2026-03-05T10:00:00Z", "marketing", false),
            Consent("anonymousId", "anon-frank", "2026-03-01T08:01:00Z", "marketing", true),
            Consent("userId", "erin", "2026-03-29T10:00:00Z", "marketing", false),
            Consent("userId", "carol", "2026-03-16T10:00:00Z", "analytics", true));
        await world.Host.Get<ConsentService>().RecordAsync(new ConsentInput("email", "erin@example.com", "marketing", true), ConsentSource.Api, "test", Ct);
        var rule = SegmentRuleJson.Parse(json);
        SegmentRuleValidator.Check(rule);

        var compiled = await world.Host.Get<SegmentPreviewService>().MembersAsync(rule, null, Ct);
        var evaluated = new SegmentRuleEvaluator(await world.Host.Get<SegmentDataService>().LoadAsync(Ct), SegmentWorld.Now).Members(rule);

        Assert.Equal(expected, await world.NamesAsync(compiled));
        Assert.Equal(compiled, evaluated);
    }

    [Fact]
    public void Validate_ConsentWithoutCategory_NamesTheField()
    {
        var rule = SegmentRuleJson.Parse("""{"match":"all","children":[{"kind":"consent","category":""}]}""");

        var errors = SegmentRuleValidator.Validate(rule);

        Assert.Equal(["Condition 1 (consent \"\"): choose a consent category."], errors["rule.children[0].category"]);
    }

    [Fact]
    public void Serialize_ConsentCondition_RoundTripsWithItsKind()
    {
        var rule = new RuleGroup(GroupMatch.All, [new ConsentCondition("marketing", Granted: false)]);

        var json = SegmentRuleJson.Serialize(rule);

        Assert.Contains("\"kind\":\"consent\",\"category\":\"marketing\",\"granted\":false", json);
        Assert.Equal(new ConsentCondition("marketing", false), Assert.Single(SegmentRuleJson.Parse(json).Children));
    }

    private static string Consent(string idField, string id, string at, string category, bool granted) =>
        $$"""{"type":"track","{{idField}}":"{{id}}","event":"Consent Updated","timestamp":"{{at}}","context":{"consent":{"categoryPreferences":{"{{category}}":{{(granted ? "true" : "false")}}""" + "}}}}";
}
