namespace Lodestar.Domain.Privacy.Pii;

/// <summary>Checks rules as typed and turns them into <see cref="PiiRule"/>s; every problem is named by its field.</summary>
public static class PiiRuleParser
{
    private static readonly string[] Roots = [PiiRuleSet.Properties, PiiRuleSet.Traits, PiiRuleSet.Context];

    /// <exception cref="DomainValidationException">A path or action is wrong, repeated or inside another rule's path.</exception>
    public static IReadOnlyList<PiiRule> Parse(IReadOnlyList<PiiRuleInput?>? inputs)
    {
        if (inputs is null)
            throw new DomainValidationException("rules", "Give the list of rules: [{ \"path\": \"properties.ssn\", \"action\": \"drop\" }], or [] for none.");
        if (inputs.Count > PiiLimits.MaxRules)
            throw new DomainValidationException("rules", $"At most {PiiLimits.MaxRules} rules.");
        var errors = new Dictionary<string, string[]>();
        var rules = new PiiRule?[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = inputs[i]?.Path?.Trim() ?? "";
            var pathError = CheckPath(path);
            if (pathError is not null)
                errors[$"rules[{i}].path"] = [pathError];
            var action = ParseAction(inputs[i]?.Action);
            if (action is null)
                errors[$"rules[{i}].action"] = [$"'{inputs[i]?.Action}' is not an action: use drop (remove the field) or hash (keep its SHA-256)."];
            if (pathError is null && action is not null)
                rules[i] = new PiiRule(path, action.Value);
        }

        CheckOverlaps(rules, errors);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        return rules.Select(r => r!).ToList();
    }

    public static PiiAction? ParseAction(string? action) => action?.Trim().ToLowerInvariant() switch
    {
        "drop" => PiiAction.Drop,
        "hash" => PiiAction.Hash,
        _ => null,
    };

    private static string? CheckPath(string path)
    {
        if (path.Length == 0)
            return "Give the path of the field, like properties.ssn or context.traits.email.";
        if (path.Length > PiiLimits.PathLength)
            return $"The path is longer than {PiiLimits.PathLength} characters.";
        if (path.IndexOfAny(['*', '[', ']']) >= 0)
            return $"'{path}': wildcards and array indexes are not supported. Name the field in full; an array is dropped or hashed whole.";
        if (path.Any(char.IsWhiteSpace))
            return $"'{path}' contains a space: paths name the message's keys exactly, separated by dots.";
        var segments = path.Split('.');
        if (!Roots.Contains(segments[0]))
            return $"'{path}' must start with properties., traits. or context. (the parts of a message that carry what people send).";
        if (segments.Length == 1)
            return $"'{path}' is the whole {segments[0]} object: name a field inside it, like {segments[0]}.email.";
        if (segments.Any(s => s.Length == 0))
            return $"'{path}' has an empty part: separate keys with single dots, like properties.card.number.";
        if (segments.Length > PiiLimits.MaxSegments)
            return $"'{path}' is deeper than {PiiLimits.MaxSegments} keys.";
        if (segments[0] == PiiRuleSet.Context && segments[1] == PiiRuleSet.Reserved)
            return "context.lodestar is where Lodestar records what it did to a message; it cannot be a rule.";
        return null;
    }

    /// <summary>A path twice, or one path inside another: the outer rule already removes or replaces the inner field.</summary>
    private static void CheckOverlaps(PiiRule?[] rules, Dictionary<string, string[]> errors)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            if (rules[i] is not { } rule)
                continue;
            for (var j = 0; j < i; j++)
            {
                if (rules[j] is not { } earlier)
                    continue;
                if (earlier.Path == rule.Path)
                    errors[$"rules[{i}].path"] = [$"'{rule.Path}' is listed twice (see rule {j + 1}): keep one."];
                else if (Overlap(rule.Path, earlier.Path))
                    errors[$"rules[{i}].path"] = [$"'{rule.Path}' and '{earlier.Path}' (rule {j + 1}) overlap: the outer rule already covers the inner field, keep one."];
                else
                    continue;
                break;
            }
        }
    }

    /// <summary>Whether two paths name the same field or one lies inside the other.</summary>
    public static bool Overlap(string path, string other) => path == other || Inside(path, other) || Inside(other, path);

    private static bool Inside(string inner, string outer) =>
        inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] == '.';
}
