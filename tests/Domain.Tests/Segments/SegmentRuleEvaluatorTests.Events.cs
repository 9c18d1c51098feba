using Lodestar.Domain.Segments.Evaluation;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// Events and computed values over hand-built "Order" events. 1: revenues 0.1 (google) and 0.2 (bing) at the same
/// instant on 2026-03-30, 0.3 (no source) on 2026-02-01. 2: "n/a" (Google) on 2026-03-31 11:00, "12" (google) on
/// 2026-03-25. 3: four on 2026-03-10 — 10 and 5 tagged apple, 10.0 and 5 tagged Banana. 4: one without properties,
/// now. 5 and 6: none. 7 (merged away): one.
/// </summary>
public sealed partial class SegmentRuleEvaluatorTests
{
    private static readonly SegmentData Orders = new()
    {
        Living = Living,
        Events =
        [
            Event(1, 1, "Order", "2026-03-30T00:00:00Z", """{"properties":{"revenue":0.1,"source":"google"}}"""),
            Event(2, 1, "Order", "2026-03-30T00:00:00Z", """{"properties":{"revenue":0.2,"source":"bing"}}"""),
            Event(3, 1, "Order", "2026-02-01T00:00:00Z", """{"properties":{"revenue":0.3}}"""),
            Event(4, 2, "Order", "2026-03-31T11:00:00Z", """{"properties":{"revenue":"n/a","source":"Google"}}"""),
            Event(5, 2, "Order", "2026-03-25T00:00:00Z", """{"properties":{"revenue":"12","source":"google"}}"""),
            Event(6, 3, "Order", "2026-03-10T00:00:00Z", """{"properties":{"revenue":10,"tag":"apple"}}"""),
            Event(7, 3, "Order", "2026-03-10T00:00:00Z", """{"properties":{"revenue":10.0,"tag":"Banana"}}"""),
            Event(8, 3, "Order", "2026-03-10T00:00:00Z", """{"properties":{"revenue":5,"tag":"apple"}}"""),
            Event(9, 3, "Order", "2026-03-10T00:00:00Z", """{"properties":{"revenue":5,"tag":"Banana"}}"""),
            Event(10, 4, "Order", "2026-03-31T12:00:00Z", """{}"""),
            Event(11, 5, "Refund", "2026-03-31T12:00:00Z", """{"properties":{"revenue":1}}"""),
            Event(12, 7, "Order", "2026-03-30T00:00:00Z", """{"properties":{"revenue":1}}"""),
        ],
    };

    /// <summary>1: an event without the tag, one with tag null, one with tag "x".</summary>
    private static readonly SegmentData Tags = new()
    {
        Living = [1],
        Events = [Event(1, 1, "Order", "2026-03-01T00:00:00Z", "{}"), Event(2, 1, "Order", "2026-03-02T00:00:00Z", """{"properties":{"tag":null}}"""),
            Event(3, 1, "Order", "2026-03-03T00:00:00Z", """{"properties":{"tag":"x"}}""")],
    };

    public static TheoryData<string, string> EventTests => new()
    {
        { """{"kind":"event","event":"Order"}""", "1,2,3,4" },
        { """{"kind":"event","event":"Order","performed":false}""", "5,6" },
        { """{"kind":"event","event":"order"}""", "" },
        { """{"kind":"event","event":"Order","count":3}""", "1,3" },
        { """{"kind":"event","event":"Order","frequency":"atMost","count":1}""", "4,5,6" },
        { """{"kind":"event","event":"Order","frequency":"exactly","count":2}""", "2" },
        { """{"kind":"event","event":"Order","frequency":"exactly","count":0}""", "5,6" },
        // Windows: since now minus N days (inclusive); a date range is whole UTC days.
        { """{"kind":"event","event":"Order","window":{"lastDays":1}}""", "2,4" },
        { """{"kind":"event","event":"Order","window":{"from":"2026-03-30","to":"2026-03-30"}}""", "1" },
        // Filters: not equals passes events without the property; numbers are JSON numbers only.
        { """{"kind":"event","event":"Order","where":[{"property":"properties.source","test":{"type":"string","operator":"notEquals","value":"google"}}]}""", "1,3,4" },
        { """{"kind":"event","event":"Order","where":[{"property":"properties.source","test":{"type":"string","operator":"notExists"}}]}""", "1,3,4" },
        { """{"kind":"event","event":"Order","where":[{"property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"0"}}]}""", "1,3" },
        { """{"kind":"event","event":"Order","where":[{"property":"properties.revenue","test":{"type":"number","operator":"notEquals","value":"10"}}]}""", "1,2,3,4" },
        { """{"kind":"event","event":"Order","count":2,"where":[{"property":"properties.revenue","test":{"type":"number","operator":"notEquals","value":"10"}}]}""", "1,2,3" },
        { """{"kind":"event","event":"Order","where":[{"property":"properties.revenue","test":{"type":"string","operator":"equals","value":"10.0"}}]}""", "3" },
    };

    public static TheoryData<string, string> ComputedTests => new()
    {
        // Counts: no events count as 0.
        { """{"kind":"computed","event":"Order","aggregation":"count","test":{"type":"number","operator":"lessThan","value":"1"}}""", "5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"count","test":{"type":"number","operator":"notEquals","value":"0"}}""", "1,2,3,4" },
        { """{"kind":"computed","event":"Order","aggregation":"count","test":{"type":"number","operator":"between","value":"0","value2":"1"}}""", "4,5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"count","test":{"type":"number","operator":"inList","values":["0","4"]}}""", "3,5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"count","test":{"type":"number","operator":"exists"}}""", "1,2,3,4,5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"count","test":{"type":"number","operator":"notExists"}}""", "" },
        // Sums: only of numbers, added as SQLite does (0.1 + 0.2 + 0.3 is 0.6); text revenues give no sum.
        { """{"kind":"computed","event":"Order","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"0.6"}}""", "1" },
        { """{"kind":"computed","event":"Order","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"30"}}""", "3" },
        { """{"kind":"computed","event":"Order","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"notExists"}}""", "2,4,5,6" },
        // Average, min, max: over numbers only (the average of 0.1, 0.2, 0.3 is just under 0.2 in doubles).
        { """{"kind":"computed","event":"Order","aggregation":"average","property":"properties.revenue","test":{"type":"number","operator":"lessThan","value":"0.2"}}""", "1" },
        { """{"kind":"computed","event":"Order","aggregation":"average","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"7.5"}}""", "3" },
        { """{"kind":"computed","event":"Order","aggregation":"average","property":"properties.revenue","test":{"type":"number","operator":"notExists"}}""", "2,4,5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"min","property":"properties.revenue","test":{"type":"number","operator":"lessThan","value":"1"}}""", "1" },
        { """{"kind":"computed","event":"Order","aggregation":"max","property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"9"}}""", "3" },
        // First and last by time, then event id.
        { """{"kind":"computed","event":"Order","aggregation":"first","property":"properties.source","test":{"type":"string","operator":"notExists"}}""", "1,3,4,5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"first","property":"properties.source","test":{"type":"string","operator":"equals","value":"google"}}""", "2" },
        { """{"kind":"computed","event":"Order","aggregation":"last","property":"properties.source","test":{"type":"string","operator":"equals","value":"bing"}}""", "1" },
        { """{"kind":"computed","event":"Order","aggregation":"last","property":"properties.revenue","test":{"type":"number","operator":"notExists"}}""", "2,4,5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"last","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"5"}}""", "3" },
        // Most frequent: ties go to the lowest value (numbers as numbers, text in byte order: "Banana" before "apple").
        { """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"5"}}""", "3" },
        { """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"0.1"}}""", "1" },
        { """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.tag","test":{"type":"string","operator":"equals","value":"banana"}}""", "3" },
        { """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.tag","test":{"type":"string","operator":"notExists"}}""", "1,2,4,5,6" },
        { """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.source","test":{"type":"string","operator":"equals","value":"google"}}""", "2" },
        { """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.revenue","test":{"type":"string","operator":"equals","value":"12"}}""", "2" },
        { """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.revenue","test":{"type":"string","operator":"equals","value":"5"}}""", "3" },
    };

    [Theory]
    [MemberData(nameof(EventTests))]
    public Task Members_EventCondition_MatchesHandComputedProfiles(string condition, string expected) => AssertConditionAsync(Orders, condition, expected);

    [Theory]
    [MemberData(nameof(ComputedTests))]
    public Task Members_ComputedCondition_MatchesHandComputedProfiles(string condition, string expected) => AssertConditionAsync(Orders, condition, expected);

    [Fact]
    public Task Members_MostFrequentWithMissingValues_CountsOnlyValuesThatExist() =>
        AssertConditionAsync(Tags, """{"kind":"computed","event":"Order","aggregation":"mostFrequent","property":"properties.tag","test":{"type":"string","operator":"equals","value":"x"}}""", "1");
}
