using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>
/// A note's Markdown-lite as HTML: <c>**bold**</c>, <c>*italic*</c>, lines starting with <c>- </c> or <c>* </c> as a bullet
/// list, <c>[text](https://…)</c> links. Everything is HTML-encoded first and only these tags are added after, so a note
/// can never carry markup or script of its own; links go to http, https and mailto addresses only.
/// </summary>
public static partial class ActivityMarkup
{
    public static string ToHtml(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var html = new StringBuilder();
        var inList = false;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var item = Bullet().Match(line);
            if (item.Success != inList)
            {
                html.Append(inList ? "</ul>" : "<ul>");
                inList = item.Success;
            }

            if (item.Success)
                html.Append("<li>").Append(Inline(item.Groups[1].Value)).Append("</li>");
            else
                html.Append(Inline(line)).Append(i < lines.Length - 1 && !Bullet().IsMatch(lines[i + 1]) ? "<br>" : "");
        }

        return html.Append(inList ? "</ul>" : "").ToString();
    }

    private static string Inline(string line)
    {
        var encoded = WebUtility.HtmlEncode(line);
        encoded = Link().Replace(encoded, m => $"<a href=\"{m.Groups[2].Value}\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">{m.Groups[1].Value}</a>");
        encoded = Bold().Replace(encoded, "<strong>$1</strong>");
        return Italic().Replace(encoded, "<em>$1</em>");
    }

    [GeneratedRegex(@"^\s*[-*]\s+(.*)$")]
    private static partial Regex Bullet();

    // The address is already encoded, so it cannot hold a quote that would end the attribute.
    [GeneratedRegex(@"\[([^\]]+)\]\(((?:https?://|mailto:)[^\s)]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![*\w])\*(?!\s)([^*]+?)\*(?!\w)")]
    private static partial Regex Italic();
}
