using System.Net;
using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Segments;

namespace Lodestar.Portal.Tests.Infrastructure;

/// <summary>A live segment of people who exist only for one test: identified through tracking, resolved, computed.</summary>
internal static class CohortSegments
{
    /// <summary>
    /// People <c>dest-{tag}-1…n</c> (email <c>d{i}.{tag}@example.com</c>, firstName <c>Dora {i}</c>, cohort <c>{tag}</c>) and a
    /// segment "Destination cohort {tag}" of them, once it is live.
    /// </summary>
    public static async Task<long> CreateAsync(PortalFactory portal, HttpClient client, string tag, int people = 3)
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        for (var i = 1; i <= people; i++)
            Assert.Equal(HttpStatusCode.OK, (await portal.PostTrackingAsync("identify",
                $$$"""{"userId":"dest-{{{tag}}}-{{{i}}}","traits":{"email":"d{{{i}}}.{{{tag}}}@example.com","firstName":"Dora {{{i}}}","cohort":"{{{tag}}}"}}""")).Status);
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        using var created = await client.PostAsync("/api/segments", Json.Body($$$"""
            {"name":"Destination cohort {{{tag}}}","refreshMinutes":60,"rule":{"match":"all","children":[
              {"kind":"trait","trait":"cohort","test":{"type":"string","operator":"equals","value":"{{{tag}}}"}}]}}
            """), ct);
        var segment = (await created.Content.ReadFromJsonAsync<SegmentDto>(ct))!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var now = (await client.GetFromJsonAsync<SegmentDto>($"/api/segments/{segment.Id}", ct))!;
            if (now.Status == "live" && now.Size == people)
                return segment.Id;
            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"Segment {segment.Id} was not computed within 30 s.");
    }
}
