namespace Lodestar.Domain.Segments.Rules;

/// <summary>Every condition of a tree with its JSON path key and its label ("2.1"), in order.</summary>
public static class RuleWalk
{
    public static IEnumerable<(RuleNode Node, string Key, string Label)> Conditions(RuleGroup rule) => Walk(rule, "rule", "");

    private static IEnumerable<(RuleNode, string, string)> Walk(RuleGroup group, string key, string label)
    {
        for (var i = 0; i < group.Children.Count; i++)
        {
            var childKey = $"{key}.children[{i}]";
            var childLabel = label.Length == 0 ? $"{i + 1}" : $"{label}.{i + 1}";
            if (group.Children[i] is RuleGroup nested)
            {
                foreach (var item in Walk(nested, childKey, childLabel))
                    yield return item;
            }
            else
                yield return (group.Children[i], childKey, childLabel);
        }
    }
}
