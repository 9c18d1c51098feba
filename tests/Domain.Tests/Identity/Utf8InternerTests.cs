using System.Text;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class Utf8InternerTests
{
    [Fact]
    public void Get_SameTextTwice_ReturnsOneString()
    {
        var interner = new Utf8Interner();

        var first = interner.Get(Encoding.UTF8.GetBytes("anon-42"));
        var second = interner.Get(Encoding.UTF8.GetBytes("anon-42"));

        Assert.Equal("anon-42", first);
        Assert.Same(first, second);
        Assert.Equal(1, interner.Count);
    }

    [Theory]
    [InlineData("zoë@example.com")]
    [InlineData("用户-7")]
    [InlineData("")]
    public void Get_NonAsciiOrEmptyText_DecodesIt(string text)
    {
        Assert.Equal(text, new Utf8Interner().Get(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Get_LongText_DecodesWithoutKeepingIt()
    {
        var interner = new Utf8Interner();
        var text = new string('x', 300);

        Assert.Equal(text, interner.Get(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(0, interner.Count);
    }
}
