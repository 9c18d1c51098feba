using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Tests.Segments;

public sealed class SegmentQueryServiceTests : IAsyncLifetime
{
    private SegmentWorld _world = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await SegmentWorld.StartAsync(withPeople: false);
        await _world.SendAsync(
            """{"type":"identify","userId":"ann","traits":{"name":"Ann Lee"}}""",
            """{"type":"identify","userId":"buyer","traits":{"name":"Order 1997 buyer"}}""");
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    private async Task<long> EveryoneAsync()
    {
        var segment = await _world.Host.Get<SegmentService>().CreateAsync(
            new SegmentDraft("Everyone", null, SegmentRuleJson.Parse("""{"match":"all","children":[]}"""), 60), "marketer@example.com", SegmentWorld.Ct);
        await _world.Host.Get<SegmentRefreshService>().RefreshAsync(segment.Id, SegmentWorld.Ct);
        return segment.Id;
    }

    private async Task<List<string?>> SearchAsync(long segmentId, string text) =>
        (await _world.Host.Get<SegmentQueryService>().MembersAsync(segmentId, text, 0, 50, SegmentWorld.Ct)).Items
            .Select(m => m.DisplayName).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task MembersAsync_DigitsThatArePartOfAName_FindThatMember()
    {
        var segment = await EveryoneAsync();

        Assert.Equal(["Order 1997 buyer"], await SearchAsync(segment, "1997"));
        Assert.Equal(["Ann Lee"], await SearchAsync(segment, "lee"));
        Assert.Empty(await SearchAsync(segment, "nobody"));
    }

    [Fact]
    public async Task MembersAsync_AProfileId_FindsThatProfile()
    {
        var segment = await EveryoneAsync();
        var ann = (await _world.Host.Get<SegmentQueryService>().MembersAsync(segment, "Ann", 0, 50, SegmentWorld.Ct)).Items.Single();

        Assert.Contains("Ann Lee", await SearchAsync(segment, ann.ProfileId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
