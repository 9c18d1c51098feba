using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Tests.Identity;

public sealed class RulesDryRunCalculatorTests
{
    private static IdentifierKey K(string type, string value) => new(type, value);

    private static IdentityGraph Graph(params IdentifierKey[][] profiles)
    {
        var graph = new IdentityGraph(1);
        foreach (var identifiers in profiles)
        {
            var profile = graph.Create(DateTime.UnixEpoch);
            foreach (var identifier in identifiers)
                graph.Own(profile, identifier);
        }

        return graph;
    }

    [Fact]
    public void Compare_SameProfiles_NothingChanges()
    {
        var today = new List<(IdentifierKey, long)> { (K("email", "a"), 1), (K("anonymous_id", "x"), 1), (K("email", "b"), 2) };

        var run = RulesDryRunCalculator.Compare(today, Graph([K("email", "a"), K("anonymous_id", "x")], [K("email", "b")]), 10);

        Assert.Equal((10L, 2, 2, 0, 0, 0, 0), (run.EventsRead, run.ProfilesNow, run.ProfilesAfter, run.Merges, run.Splits, run.IdentifiersDropped, run.IdentifiersAdded));
        Assert.Empty(run.Examples);
    }

    [Fact]
    public void Compare_TwoBecomeOneAndOneFallsApart_MergeAndSplitWithTheirIdentifiers()
    {
        var today = new List<(IdentifierKey, long)>
        {
            (K("email", "a"), 1), (K("email", "b"), 2),
            (K("anonymous_id", "x"), 3), (K("anonymous_id", "y"), 3), (K("email", "shared"), 3),
        };
        var after = Graph([K("email", "a"), K("email", "b")], [K("anonymous_id", "x")], [K("anonymous_id", "y")], [K("phone", "+1555")]);

        var run = RulesDryRunCalculator.Compare(today, after, 5);

        Assert.Equal((3, 4, 1, 1, 1, 1), (run.ProfilesNow, run.ProfilesAfter, run.Merges, run.Splits, run.IdentifiersDropped, run.IdentifiersAdded));
        var merge = run.Examples.Single(e => e.Kind == RulesDryRunChange.Merge);
        Assert.Equal([1L, 2L], merge.ProfileIds);
        var split = run.Examples.Single(e => e.Kind == RulesDryRunChange.Split);
        Assert.Equal([3L], split.ProfileIds);
        Assert.Equal([[K("anonymous_id", "x")], [K("anonymous_id", "y")]], split.Groups.Select(g => g.ToList()).ToList());
    }
}
