using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Tests.Identity.Matching;

public sealed class BlockingKeyTests
{
    [Theory]
    [InlineData(BlockingTransform.Exact, 0, "smith", "smith")]
    [InlineData(BlockingTransform.Soundex, 0, "smyth", "S530")]
    [InlineData(BlockingTransform.Prefix, 3, "wallaby place", "wal")]
    [InlineData(BlockingTransform.Prefix, 3, "al", "al")]
    public void Of_Value_IsTheKeyPart(BlockingTransform transform, int length, string value, string expected) =>
        Assert.Equal(expected, new BlockingKey(PersonField.Surname, transform, length).Of(value));

    [Theory]
    [InlineData(null)]
    [InlineData("123")]
    public void Of_MissingOrNoSoundexLetters_IsNotBlocked(string? value) =>
        Assert.Null(new BlockingKey(PersonField.Surname, BlockingTransform.Soundex).Of(value));

    [Fact]
    public void On_NoKeys_Throws() => Assert.Throws<ArgumentException>(() => BlockingRule.On("empty"));
}
