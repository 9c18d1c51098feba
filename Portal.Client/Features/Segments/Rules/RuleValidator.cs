namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>
/// Checks a rule tree as the Domain's <c>SegmentRuleValidator</c> does (same limits, keys and messages), so the builder
/// validates as the person types and asks the server for a preview only when the rule would be accepted.
/// </summary>
public static class RuleValidator
{
    public const int MaxDepth = 5;
    public const int MaxConditions = 50;

    public static IReadOnlyList<RuleProblem> Check(RuleGroupDto rule)
    {
        var problems = new List<RuleProblem>();
        var conditions = 0;
        Visit(rule, "rule", "", 1, problems, ref conditions);
        if (conditions > MaxConditions && problems.All(p => p.Key != "rule"))
            problems.Add(new RuleProblem("rule", $"A segment can have at most {MaxConditions} conditions; this one has {conditions}.", null));
        return problems;
    }

    /// <summary>The errors as the server answers them: messages per JSON path, naming the condition.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(RuleGroupDto rule) =>
        Check(rule).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.FullMessage).ToArray());

    public static int CountConditions(RuleGroupDto group) =>
        group.Children.Sum(child => child is RuleGroupDto inner ? CountConditions(inner) : 1);

    private static void Visit(RuleNodeDto? node, string key, string label, int depth, List<RuleProblem> problems, ref int conditions)
    {
        if (node is RuleGroupDto group)
        {
            var name = label.Length == 0 ? "The rule" : $"Group {label}";
            if (depth > MaxDepth)
                problems.Add(new RuleProblem(key, $"groups can be nested at most {MaxDepth} deep.", name));
            else if (!Enum.IsDefined(group.Match))
                problems.Add(new RuleProblem(key, "match must be all, any or none.", name));
            else
            {
                for (var i = 0; i < group.Children.Count; i++)
                    Visit(group.Children[i], $"{key}.children[{i}]", label.Length == 0 ? $"{i + 1}" : $"{label}.{i + 1}", depth + 1, problems, ref conditions);
            }

            return;
        }

        conditions++;
        var problem = node is null ? ("", "the condition is empty.") : ConditionProblems.Of(node);
        if (problem is { } p)
            problems.Add(new RuleProblem(key + p.Field, p.Message, $"Condition {label} ({ConditionProblems.Name(node)})"));
    }
}
