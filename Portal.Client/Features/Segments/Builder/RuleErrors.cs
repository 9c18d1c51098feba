using System.Text.RegularExpressions;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Segments.Builder;

/// <summary>
/// The messages the builder shows, by JSON path (<c>rule.children[1].test</c>): either the client's own check while the
/// person types (short messages, the field says which condition) or the server's answer to a save (which names the
/// condition). Paths ignore case, as a server may capitalise them.
/// </summary>
public sealed partial class RuleErrors
{
    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.OrdinalIgnoreCase);

    private RuleErrors(IEnumerable<(string Key, string Message)> messages)
    {
        foreach (var (key, message) in messages)
        {
            if (!_byKey.TryGetValue(key, out var list))
                _byKey[key] = list = [];
            list.Add(message);
        }
    }

    public static RuleErrors None { get; } = new([]);

    public static RuleErrors Of(IEnumerable<RuleProblem> problems) => new(problems.Select(p => (p.Key, p.Message)));

    /// <summary>The part of a refused save's errors that concerns the rule.</summary>
    public static RuleErrors FromServer(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.Where(e => IsRuleKey(e.Key)).SelectMany(e => e.Value.Select(message => (e.Key, message))));

    public static bool IsRuleKey(string key) =>
        key.Equals("rule", StringComparison.OrdinalIgnoreCase) || key.StartsWith("rule.", StringComparison.OrdinalIgnoreCase);

    public bool IsEmpty => _byKey.Count == 0;

    public string? For(string key) => _byKey.TryGetValue(key, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Messages whose path names no input of the builder (a server may know more fields); shown above the rule.</summary>
    public IReadOnlyList<string> Unplaced => _byKey.Where(e => !Placed().IsMatch(e.Key)).SelectMany(e => e.Value).ToList();

    [GeneratedRegex(@"^rule(\.children\[\d+\])*(\.trait|\.test|\.event|\.frequency|\.count|\.window|\.window\.lastDays|\.aggregation|\.property|\.stageId|\.accountField|\.segmentId|\.field|\.where\[\d+\](\.property|\.test)?)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Placed();
}
