using Lodestar.Portal.Client.Features.Events;

namespace Lodestar.Portal.Client.Tests.Features.Events;

public sealed class EventJsonTests
{
    [Fact]
    public void Pretty_CompactJson_IndentedWithoutEscapingText()
    {
        var pretty = EventJson.Pretty("""{"type":"track","properties":{"name":"Café <b>","n":1}}""").ReplaceLineEndings("\n");

        Assert.Equal(
            """
            {
              "type": "track",
              "properties": {
                "name": "Café <b>",
                "n": 1
              }
            }
            """.ReplaceLineEndings("\n"),
            pretty);
    }

    [Fact]
    public void Pretty_NotJson_ReturnsInputUnchanged()
    {
        Assert.Equal("not { json", EventJson.Pretty("not { json"));
    }
}
