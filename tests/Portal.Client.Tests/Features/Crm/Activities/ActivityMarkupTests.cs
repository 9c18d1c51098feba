using Lodestar.Portal.Client.Features.Crm.Activities;

namespace Lodestar.Portal.Client.Tests.Features.Crm.Activities;

public sealed class ActivityMarkupTests
{
    [Fact]
    public void ToHtml_BoldItalicAndLink_RenderedAsTags()
    {
        var html = ActivityMarkup.ToHtml("**Budget** is *tight*, see [the quote](https://example.com/q?a=1&b=2)");

        Assert.Equal("<strong>Budget</strong> is <em>tight</em>, see "
            + "<a href=\"https://example.com/q?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">the quote</a>", html);
    }

    [Fact]
    public void ToHtml_BulletLines_OneListBetweenParagraphs()
    {
        var html = ActivityMarkup.ToHtml("Next steps:\n- legal\n* pricing\nThanks");

        Assert.Equal("Next steps:<ul><li>legal</li><li>pricing</li></ul>Thanks", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<b onmouseover=\"x\">hi</b>", "&lt;b onmouseover=&quot;x&quot;&gt;hi&lt;/b&gt;")]
    [InlineData("[click](javascript:alert(1))", "[click](javascript:alert(1))")]
    [InlineData("[x](https://a.b/\"onmouseover=\"y)", "<a href=\"https://a.b/&quot;onmouseover=&quot;y\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">x</a>")]
    public void ToHtml_MarkupOrScriptInTheText_ShownAsTextNeverAsTags(string text, string expected)
    {
        Assert.Equal(expected, ActivityMarkup.ToHtml(text));
    }

    [Fact]
    public void ToHtml_PlainLines_KeptApartWithBreaks()
    {
        Assert.Equal("one<br>two", ActivityMarkup.ToHtml("one\r\ntwo"));
    }
}
