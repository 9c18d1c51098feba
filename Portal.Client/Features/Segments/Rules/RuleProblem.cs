namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>
/// What is wrong where in a rule: <see cref="Key"/> is the JSON path the server uses (<c>rule.children[1].test</c>),
/// <see cref="Message"/> the words shown under the field, <see cref="Subject"/> which condition or group it is
/// ("Condition 2 (event "Order Completed")"); null for problems of the whole segment.
/// </summary>
public sealed record RuleProblem(string Key, string Message, string? Subject)
{
    /// <summary>The message as the server words it, naming the condition.</summary>
    public string FullMessage => Subject is null ? Message : $"{Subject}: {Message}";
}
