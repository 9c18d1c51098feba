namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// A comparison of one value: <see cref="Value"/> for single-operand operators, <see cref="Value"/> and
/// <see cref="Value2"/> for between, <see cref="Values"/> for in list, <see cref="Days"/> for within last N days.
/// Operands are text in invariant culture (numbers <c>12.5</c>, dates <c>2026-01-31</c>, booleans <c>true</c>).
/// </summary>
public sealed record ValueTest(
    RuleValueType Type,
    RuleOperator Operator,
    string? Value = null,
    string? Value2 = null,
    IReadOnlyList<string>? Values = null,
    int? Days = null);
