using System.Net;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary>
/// Three people on 2 March 2026, with event names of their own: a visits Home anonymously and signs up (the identify
/// links the anonymous id), then views a product and the cart; b visits Home twice, searches and views a product;
/// c views a product, then Home, and leaves.
/// </summary>
internal static class PathJourneys
{
    public static async Task<string> StoreAsync(SharedPortal portal)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        string Track(string who, string @event, int minutes) =>
            $$$"""{{{who}}},"event":"{{{@event}}} {{{tag}}}","timestamp":"2026-03-02T{{{10 + minutes / 60:00}}}:{{{minutes % 60:00}}}:00Z"}""";
        string[] messages =
        [
            Track($$$"""{"anonymousId":"anon-a-{{{tag}}}" """, "Home", 0),
            $$$"""{"anonymousId":"anon-a-{{{tag}}}","userId":"a-{{{tag}}}","traits":{"name":"a {{{tag}}}"},"timestamp":"2026-03-02T10:05:00Z"}""",
            Track($$$"""{"userId":"a-{{{tag}}}" """, "Product", 10),
            Track($$$"""{"userId":"a-{{{tag}}}" """, "Cart", 20),
            Track($$$"""{"userId":"b-{{{tag}}}" """, "Home", 0),
            Track($$$"""{"userId":"b-{{{tag}}}" """, "Home", 1),
            Track($$$"""{"userId":"b-{{{tag}}}" """, "Search", 2),
            Track($$$"""{"userId":"b-{{{tag}}}" """, "Product", 3),
            Track($$$"""{"userId":"c-{{{tag}}}" """, "Product", 0),
            Track($$$"""{"userId":"c-{{{tag}}}" """, "Home", 5),
        ];
        foreach (var message in messages)
        {
            var route = message.Contains("\"event\"", StringComparison.Ordinal) ? "track" : "identify";
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync(route, message)).Status);
        }

        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        return tag;
    }

    public static PathQueryDto Query(string tag, PathDirection direction = PathDirection.After) => new()
    {
        Event = $"Home {tag}",
        Direction = direction,
        Depth = 2,
        TopN = 5,
        From = new DateOnly(2026, 3, 2),
        To = new DateOnly(2026, 3, 2),
    };

    /// <summary>The links as "label → label = count" with the tag taken off the names.</summary>
    public static string[] Links(PathResultDto result, string tag) =>
        [.. result.Links.Select(l => $"{Label(result, l.Source, tag)} → {Label(result, l.Target, tag)} = {l.Count}")];

    private static string Label(PathResultDto result, int node, string tag) => result.Nodes[node].Label.Replace($" {tag}", "", StringComparison.Ordinal);
}
