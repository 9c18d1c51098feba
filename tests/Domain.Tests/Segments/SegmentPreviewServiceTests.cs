using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>Rules compiled to SQL over the fixed <see cref="SegmentWorld"/>, against answers worked out by hand.</summary>
public sealed class SegmentPreviewServiceTests : IAsyncLifetime
{
    private SegmentWorld _world = null!;

    public static TheoryData<string, string> Rules => new()
    {
        // Traits.
        { """{"match":"all","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"equals","value":"PRO"}}]}""", "alice,carol" },
        { """{"match":"all","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"notEquals","value":"pro"}}]}""", "bob,dave,erin,frank" },
        { """{"match":"all","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"contains","value":"ar"}}]}""", "erin" },
        { """{"match":"all","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"startsWith","value":"f"}}]}""", "bob,frank" },
        { """{"match":"all","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"inList","values":["free","starter"]}}]}""", "bob,erin,frank" },
        { """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"exists"}}]}""", "alice,bob,erin" },
        { """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"notExists"}}]}""", "carol,dave,frank" },
        { """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"greaterThan","value":"30"}}]}""", "alice,erin" },
        { """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"lessThan","value":"30"}}]}""", "bob" },
        { """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"between","value":"19","value2":"34"}}]}""", "alice,bob" },
        { """{"match":"all","children":[{"kind":"trait","trait":"age","test":{"type":"number","operator":"inList","values":["19","50"]}}]}""", "bob,erin" },
        { """{"match":"all","children":[{"kind":"trait","trait":"vip","test":{"type":"boolean","operator":"equals","value":"true"}}]}""", "alice" },
        { """{"match":"all","children":[{"kind":"trait","trait":"vip","test":{"type":"boolean","operator":"equals","value":"false"}}]}""", "carol" },
        { """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"withinLastDays","days":30}}]}""", "alice,carol" },
        { """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"before","value":"2026-01-05"}}]}""", "bob" },
        { """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"after","value":"2026-03-15"}}]}""", "alice" },
        { """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"between","value":"2026-01-05","value2":"2026-03-15"}}]}""", "carol,erin" },
        // Events.
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed"}]}""", "alice,bob,erin" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","performed":false}]}""", "carol,dave,frank" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","count":3}]}""", "alice,erin" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","frequency":"atMost","count":1}]}""", "bob,carol,dave,frank" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","frequency":"exactly","count":1}]}""", "bob" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","count":2,"window":{"lastDays":7}}]}""", "alice,erin" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","window":{"from":"2026-02-01","to":"2026-02-01"}}]}""", "alice" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","count":2,"where":[{"property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"100"}}]}]}""", "erin" },
        { """{"match":"all","children":[{"kind":"event","event":"Order Completed","where":[{"property":"context.campaign.source","test":{"type":"string","operator":"notEquals","value":"google"}}]}]}""", "alice,bob,erin" },
        { """{"match":"all","children":[{"kind":"event","event":"Pricing","count":1,"where":[{"property":"context.campaign.source","test":{"type":"string","operator":"notExists"}}]}]}""", "dave" },
        // Computed.
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"300"}}]}""", "bob,erin" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"average","property":"properties.revenue","test":{"type":"number","operator":"equals","value":"100"}}]}""", "alice" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"min","property":"properties.revenue","test":{"type":"number","operator":"lessThan","value":"50"}}]}""", "erin" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"max","property":"properties.revenue","test":{"type":"number","operator":"between","value":"100","value2":"200"}}]}""", "alice,erin" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"count","test":{"type":"number","operator":"lessThan","value":"2"}}]}""", "bob,carol,dave,frank" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"first","property":"properties.order_id","test":{"type":"string","operator":"equals","value":"a2"}}]}""", "alice" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"last","property":"context.campaign.source","test":{"type":"string","operator":"equals","value":"facebook"}}]}""", "bob,erin" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"mostFrequent","property":"context.campaign.source","test":{"type":"string","operator":"equals","value":"google"}}]}""", "erin" },
        { """{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"notExists"}}]}""", "carol,dave,frank" },
        // Groups.
        { """{"match":"any","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"equals","value":"free"}},{"kind":"event","event":"Pricing"}]}""", "alice,bob,dave,frank" },
        { """{"match":"none","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"exists"}}]}""", "dave" },
        { """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"withinLastDays","days":30}},{"kind":"group","match":"none","children":[{"kind":"event","event":"Order Completed"}]}]}""", "carol" },
        { """{"match":"all","children":[]}""", "alice,bob,carol,dave,erin,frank" },
    };

    public async ValueTask InitializeAsync() => _world = await SegmentWorld.StartAsync();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task PreviewAsync_Rule_MatchesHandComputedMembers(string json, string expected)
    {
        var preview = await _world.Host.Get<SegmentPreviewService>().PreviewAsync(SegmentRuleJson.Parse(json), SegmentWorld.Ct);

        Assert.Equal(expected, await _world.NamesAsync(preview.Sample.Select(s => s.ProfileId)));
        Assert.Equal(expected.Split(',').Length, preview.Count);
    }
}
