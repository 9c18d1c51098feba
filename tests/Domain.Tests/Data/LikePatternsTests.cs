using Lodestar.Domain.Data;

namespace Lodestar.Domain.Tests.Data;

public sealed class LikePatternsTests
{
    [Theory]
    [InlineData("ann", "%ann%")]
    [InlineData("50%", "%50\\%%")]
    [InlineData("HS_7", "%HS\\_7%")]
    [InlineData("[vip]", "%\\[vip]%")]
    [InlineData("a\\b", "%a\\\\b%")]
    public void Containing_Text_EscapesWhatLikeWouldReadAsAWildcard(string text, string expected)
    {
        Assert.Equal(expected, LikePatterns.Containing(text));
    }
}
