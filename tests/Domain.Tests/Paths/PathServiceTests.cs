using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Paths;
using Lodestar.Domain.Paths.Engine;
using Lodestar.Domain.Tests.Segments;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Paths;

/// <summary>
/// Paths over stored events (ingestion and identity resolution, real SQLite): the service seeks each person to their
/// first chosen event and reads a few rows; whatever way it reads, the answer must be the one the calculator gives
/// from every event of the range. The people are random but fixed, with ties on time, events outside the range and
/// one long run of a repeated event (longer than the first read takes, so the re-read is exercised).
/// </summary>
public sealed class PathServiceTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly string[] Names = ["Home", "Product", "Cart", "Search"];

    [Theory]
    [InlineData(PathDirection.After, 3, true)]
    [InlineData(PathDirection.After, 5, false)]
    [InlineData(PathDirection.After, 1, true)]
    [InlineData(PathDirection.Before, 3, true)]
    [InlineData(PathDirection.Before, 4, false)]
    public async Task QueryAsync_RandomPeople_MatchesTheCalculatorOverEveryEvent(PathDirection direction, int depth, bool collapse)
    {
        await using var world = await SegmentWorld.StartAsync(withPeople: false);
        await world.SendAsync([.. Messages()]);
        var query = new PathQuery { Event = "Home", Direction = direction, Depth = depth, TopN = 3, CollapseRepeats = collapse, From = Day, To = Day.AddDays(1) };

        var result = await world.Host.Get<PathService>().QueryAsync(query, SegmentWorld.Ct);
        var streamed = await new PathEventLoader(world.Host.Get<IDbContextFactory<PortalDbContext>>(), SegmentWorld.Now) { Stream = true }
            .LoadAsync(query, SegmentWorld.Ct);

        var expected = PathCalculator.Calculate(query, await StoredAsync(world, query), result.ComputedAt);
        Assert.Equal(PathScenario.Nodes(expected), PathScenario.Nodes(result));
        Assert.Equal(PathScenario.Links(expected), PathScenario.Links(result));
        var fromStream = PathCalculator.Result(query, streamed.Paths, result.ComputedAt, streamed.Read);
        Assert.Equal(PathScenario.Links(expected), PathScenario.Links(fromStream));
    }

    private static async Task<List<PathEvent>> StoredAsync(SegmentWorld world, PathQuery query)
    {
        await using var db = world.Host.CreateDbContext();
        var rows = await db.SegmentEvents.AsNoTracking().Where(e => e.Timestamp >= query.Start && e.Timestamp < query.End).ToListAsync(SegmentWorld.Ct);
        return [.. rows.Select(e => new PathEvent(e.ProfileId, e.Timestamp, e.EventId, e.Name, e.Name == query.Event))];
    }

    /// <summary>Track events of 14 people over four days around the queried two, some at the very same time.</summary>
    private static IEnumerable<string> Messages()
    {
        var random = new Random(7);
        var start = Day.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (var person = 0; person < 14; person++)
        {
            var at = start.AddMinutes(random.Next(0, 600));
            var count = person == 0 ? 0 : random.Next(0, 40);
            for (var i = 0; i < count; i++)
            {
                at = at.AddMinutes(random.Next(0, 3) == 0 ? 0 : random.Next(1, 400));
                yield return Track(person, Names[random.Next(Names.Length)], at);
            }
        }

        // Home, then forty product views and a cart: a collapsed path needs more rows than a first read takes.
        var first = start.AddDays(1).AddHours(1);
        yield return Track(0, "Home", first);
        for (var i = 1; i <= 40; i++)
            yield return Track(0, "Product", first.AddMinutes(i));
        yield return Track(0, "Cart", first.AddMinutes(41));
    }

    private static string Track(int person, string name, DateTime at) =>
        $$"""{"type":"track","userId":"p{{person}}","event":"{{name}}","timestamp":"{{at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}}"}""";
}
