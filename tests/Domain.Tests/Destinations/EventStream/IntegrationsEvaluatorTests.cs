using Lodestar.Domain.Destinations.EventStream;

namespace Lodestar.Domain.Tests.Destinations.EventStream;

public sealed class IntegrationsEvaluatorTests
{
    private const string Name = "Warehouse Hook";

    [Theory]
    [InlineData("""{"type":"track","event":"E"}""", true)]
    [InlineData("""{"type":"track","integrations":null}""", true)]
    [InlineData("""{"type":"track","integrations":{}}""", true)]
    [InlineData("""{"type":"track","integrations":"All"}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":true}}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":false}}""", false)]
    [InlineData("""{"type":"track","integrations":{"all":false}}""", false)]
    [InlineData("""{"type":"track","integrations":{"All":"false"}}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":0}}""", true)]
    [InlineData("""{"type":"track","integrations":{"Warehouse Hook":false}}""", false)]
    [InlineData("""{"type":"track","integrations":{"warehouse hook":false}}""", false)]
    [InlineData("""{"type":"track","integrations":{" WAREHOUSE HOOK ":false}}""", false)]
    [InlineData("""{"type":"track","integrations":{"Warehouse Hook":true}}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":false,"Warehouse Hook":true}}""", true)]
    [InlineData("""{"type":"track","integrations":{"Warehouse Hook":true,"All":false}}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":false,"warehouse hook":{"apiKey":"x"}}}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":false,"Warehouse Hook":{}}}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":true,"Warehouse Hook":false}}""", false)]
    [InlineData("""{"type":"track","integrations":{"All":false,"Warehouse Hook":"yes"}}""", false)]
    [InlineData("""{"type":"track","integrations":{"All":false,"Warehouse Hook":null}}""", false)]
    [InlineData("""{"type":"track","integrations":{"All":true,"Warehouse Hook":null}}""", true)]
    [InlineData("""{"type":"track","integrations":{"All":false,"Warehouse":true}}""", false)]
    [InlineData("""{"type":"track","integrations":{"Warehouse":false,"Mixpanel":false}}""", true)]
    [InlineData("""{"type":"track","integrations":{"Warehouse Hook 2":false}}""", true)]
    [InlineData("""{"type":"track","integrations":{"Warehouse Hook":false,"warehouse hook":true}}""", false)]
    [InlineData("""{"type":"track","integrations":{"warehouse hook":true,"Warehouse Hook":false}}""", false)]
    [InlineData("""{"type":"track","integrations":{"All":false,"Segment.io":true}}""", false)]
    [InlineData("""{"type":"track","properties":{"integrations":{"All":false}}}""", true)]
    [InlineData("""{"type":"track","context":{"integrations":{"All":false}}}""", true)]
    public void Allows_Message_FollowsSegmentSemantics(string message, bool expected) =>
        Assert.Equal(expected, IntegrationsEvaluator.Allows(message, Name));

    [Fact]
    public void Allows_DestinationNameWithSpaces_ComparedTrimmed() =>
        Assert.False(IntegrationsEvaluator.Allows("""{"integrations":{"Warehouse Hook":false}}""", "  Warehouse Hook "));

    [Fact]
    public void Allows_MessageNotAnObject_Included() =>
        Assert.True(IntegrationsEvaluator.Allows("[1,2]", Name));
}
