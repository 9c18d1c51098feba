using Lodestar.Domain.Segments;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>CRM and membership conditions compiled to SQL over <see cref="SegmentCrmWorld"/>, against answers worked out by hand.</summary>
public sealed class CrmSetsTests(SegmentCrmWorld world) : IClassFixture<SegmentCrmWorld>
{
    /// <summary>Rules with placeholders for the owners ({olga}, {pete}) and the segment ({fans}); stage 1 Qualified, 2 Discovery, 3 Proposal, 5 Closed won.</summary>
    public static TheoryData<string, string> Rules => new()
    {
        // Deals.
        { """{"match":"all","children":[{"kind":"crm","field":"dealStage","stageId":3}]}""", "alice,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"dealStage","stageId":5}]}""", "bob" },
        { """{"match":"all","children":[{"kind":"crm","field":"dealStage","stageId":2}]}""", "" },
        // Open tickets: people without contacts have none.
        { """{"match":"all","children":[{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"greaterThan","value":"0"}}]}""", "alice,erin,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"equals","value":"0"}}]}""", "bob,carol,dave,frank" },
        { """{"match":"all","children":[{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"equals","value":"2"}}]}""", "erin" },
        { """{"match":"all","children":[{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"notEquals","value":"1"}}]}""", "bob,carol,dave,erin,frank" },
        { """{"match":"all","children":[{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"lessThan","value":"2"}}]}""", "alice,bob,carol,dave,frank,gina" },
        // Account fields.
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"industry","test":{"type":"string","operator":"equals","value":"SOFTWARE"}}]}""", "alice" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"industry","test":{"type":"string","operator":"notEquals","value":"software"}}]}""", "bob,carol,dave,erin,frank,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"industry","test":{"type":"string","operator":"exists"}}]}""", "alice,bob,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"industry","test":{"type":"string","operator":"notExists"}}]}""", "carol,dave,erin,frank" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"employees","test":{"type":"number","operator":"greaterThan","value":"100"}}]}""", "alice" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"employees","test":{"type":"number","operator":"lessThan","value":"100"}}]}""", "bob,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"employees","test":{"type":"number","operator":"notExists"}}]}""", "carol,dave,erin,frank" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"country","test":{"type":"string","operator":"inList","values":["de","fr"]}}]}""", "bob,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"name","test":{"type":"string","operator":"startsWith","value":"ini"}}]}""", "erin" },
        { """{"match":"all","children":[{"kind":"crm","field":"accountField","accountField":"domain","test":{"type":"string","operator":"contains","value":"globex"}}]}""", "bob,gina" },
        // Owners: erin has one contact without an owner and one with.
        { """{"match":"all","children":[{"kind":"crm","field":"owner","test":{"type":"string","operator":"equals","value":"{olga}"}}]}""", "alice,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"owner","test":{"type":"string","operator":"equals","value":"{pete}"}}]}""", "bob,erin" },
        { """{"match":"all","children":[{"kind":"crm","field":"owner","test":{"type":"string","operator":"notEquals","value":"{olga}"}}]}""", "bob,carol,dave,erin,frank" },
        { """{"match":"all","children":[{"kind":"crm","field":"owner","test":{"type":"string","operator":"exists"}}]}""", "alice,bob,erin,gina" },
        { """{"match":"all","children":[{"kind":"crm","field":"owner","test":{"type":"string","operator":"notExists"}}]}""", "carol,dave,frank" },
        // Membership (rows stored directly, one of a profile that does not live).
        { """{"match":"all","children":[{"kind":"membership","segmentId":{fans}}]}""", "alice,gina" },
        { """{"match":"all","children":[{"kind":"membership","segmentId":{fans},"member":false}]}""", "bob,carol,dave,erin,frank" },
        // Mixed with the product data.
        { """{"match":"all","children":[{"kind":"crm","field":"openTickets","test":{"type":"number","operator":"equals","value":"0"}},{"kind":"trait","trait":"plan","test":{"type":"string","operator":"equals","value":"free"}}]}""", "bob,frank" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task PreviewAsync_CrmRule_MatchesHandComputedMembers(string json, string expected)
    {
        var preview = await world.Host.Get<SegmentPreviewService>().PreviewAsync(world.Rule(json), SegmentWorld.Ct);

        Assert.Equal(expected, await world.World.NamesAsync(preview.Sample.Select(s => s.ProfileId)));
        Assert.Equal(expected.Length == 0 ? 0 : expected.Split(',').Length, preview.Count);
    }
}
