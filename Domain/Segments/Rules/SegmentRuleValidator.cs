namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// Checks a rule tree before it is compiled. Errors are keyed by the node's JSON path (<c>rule.children[1].test</c>)
/// and say which condition is wrong in words ("Condition 2 (event "Order Completed"): …").
/// </summary>
public static class SegmentRuleValidator
{
    public const int MaxDepth = 5;
    public const int MaxConditions = 50;

    public static IReadOnlyDictionary<string, string[]> Validate(RuleGroup rule)
    {
        var errors = new Dictionary<string, string[]>();
        var conditions = 0;
        Visit(rule, "rule", "", 1, errors, ref conditions);
        if (conditions > MaxConditions)
            errors.TryAdd("rule", [$"A segment can have at most {MaxConditions} conditions; this one has {conditions}."]);
        return errors;
    }

    /// <summary>Throws <see cref="DomainValidationException"/> when the rule has errors.</summary>
    public static void Check(RuleGroup rule)
    {
        var errors = Validate(rule);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
    }

    private static void Visit(RuleNode? node, string key, string label, int depth, Dictionary<string, string[]> errors, ref int conditions)
    {
        if (node is RuleGroup group)
        {
            var name = label.Length == 0 ? "The rule" : $"Group {label}";
            if (depth > MaxDepth)
                Add(errors, key, $"{name}: groups can be nested at most {MaxDepth} deep.");
            else if (!Enum.IsDefined(group.Match))
                Add(errors, key, $"{name}: match must be all, any or none.");
            else if (group.Children is null)
                Add(errors, key, $"{name}: children are missing.");
            else
            {
                for (var i = 0; i < group.Children.Count; i++)
                    Visit(group.Children[i], $"{key}.children[{i}]", label.Length == 0 ? $"{i + 1}" : $"{label}.{i + 1}", depth + 1, errors, ref conditions);
            }

            return;
        }

        conditions++;
        var problem = node is null ? ("", "the condition is empty.") : ConditionProblems.Of(node);
        if (problem is { } p)
            Add(errors, key + p.Field, $"Condition {label} ({ConditionProblems.Name(node)}): {p.Message}");
    }

    private static void Add(Dictionary<string, string[]> errors, string key, string message) =>
        errors[key] = errors.TryGetValue(key, out var existing) ? [.. existing, message] : [message];
}
