using System.Text.RegularExpressions;
using Lodestar.Portal.Client.Features.Segments.Builder;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Funnels;

/// <summary>
/// The messages the funnel builder shows under its inputs, by JSON path, from the client's check or a refused query.
/// The property-filter editors are the segment builder's, which look for <c>.where[i]</c>; the API's
/// <c>.filters[i]</c> is renamed for them. Messages whose path names no input are <see cref="Unplaced"/>.
/// </summary>
public sealed partial class FunnelErrors
{
    private FunnelErrors(IReadOnlyList<RuleProblem> problems)
    {
        Fields = RuleErrors.Of(problems.Select(p => p with { Key = FiltersAsWhere().Replace(p.Key, ".where[") }));
        Unplaced = problems.Where(p => !Placed().IsMatch(p.Key)).Select(p => p.FullMessage).ToList();
        IsEmpty = problems.Count == 0;
    }

    public static FunnelErrors None { get; } = new([]);

    public RuleErrors Fields { get; }

    public IReadOnlyList<string> Unplaced { get; }

    public bool IsEmpty { get; }

    public static FunnelErrors Of(IReadOnlyList<RuleProblem> problems) => new(problems);

    /// <summary>A refused query's errors; the server's messages already say which step they are about.</summary>
    public static FunnelErrors FromServer(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.SelectMany(e => e.Value.Select(message => new RuleProblem(e.Key, message, null))).ToList());

    [GeneratedRegex(@"\.filters\[", RegexOptions.IgnoreCase)]
    private static partial Regex FiltersAsWhere();

    [GeneratedRegex(@"^(steps|from|to|countBy|exclusions|conversionWindow(\.value|\.unit)?|holdConstant(\[\d+\])?|value(\.property)?|breakdown(\.property|\.step|\.limit)?"
        + @"|steps\[\d+\](\.event|\.optional|\.window(\.value|\.unit)?|\.filters\[\d+\](\.property|\.test)?)?"
        + @"|exclusions\[\d+\](\.event|\.fromStep|\.toStep|\.filters\[\d+\](\.property|\.test)?)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Placed();
}
