namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>
/// A comparison: <see cref="Value"/> (and <see cref="Value2"/> for between), <see cref="Values"/> for in list,
/// <see cref="Days"/> for within last N days. Operands are invariant-culture text (12.5, 2026-01-31, true).
/// </summary>
public sealed class ValueTestDto
{
    public RuleValueType Type { get; set; } = RuleValueType.String;

    public RuleOperator Operator { get; set; } = RuleOperator.Equals;

    public string? Value { get; set; }

    public string? Value2 { get; set; }

    public List<string>? Values { get; set; }

    public int? Days { get; set; }
}
