using Lodestar.Domain.Privacy.Pii;

namespace Lodestar.Benchmarks;

/// <summary>
/// The PII rule sets of <c>--pii</c>: three rules each. "typical" hashes the emails the demo's messages carry (identify
/// traits and context traits) and drops a field they never have; "every" also drops <c>context.ip</c>, which every
/// message has, so every message takes the rewrite path (the worst case).
/// </summary>
public static class BenchPiiRules
{
    public static readonly string[] Names = ["none", "typical", "every"];

    public static IReadOnlyList<PiiRule> Of(string name) => name switch
    {
        "typical" => [new("traits.email", PiiAction.Hash), new("context.traits.email", PiiAction.Hash), new("properties.ssn", PiiAction.Drop)],
        "every" => [new("context.ip", PiiAction.Drop), new("traits.email", PiiAction.Hash), new("properties.ssn", PiiAction.Drop)],
        _ => [],
    };

    /// <summary>The body of <c>PUT /api/privacy/pii-rules</c>.</summary>
    public static object Body(string name) => new { rules = Of(name).Select(r => new { path = r.Path, action = r.ActionName }).ToList() };
}
