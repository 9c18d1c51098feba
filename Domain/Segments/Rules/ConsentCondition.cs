namespace Lodestar.Domain.Segments.Rules;

/// <summary>
/// The profile has granted a consent category (or, with <see cref="Granted"/> false, has not: withdrawn or never
/// asked). Its current decision is the latest change over all its identifiers (docs/privacy.md).
/// </summary>
public sealed record ConsentCondition(string Category, bool Granted = true) : RuleNode;
