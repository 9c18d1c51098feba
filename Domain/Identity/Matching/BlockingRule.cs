namespace Lodestar.Domain.Identity.Matching;

/// <summary>Records whose key parts are all present and equal become candidate pairs (Splink's blocking rule).</summary>
public sealed record BlockingRule(string Name, IReadOnlyList<BlockingKey> Keys)
{
    public static BlockingRule On(string name, params BlockingKey[] keys) =>
        keys.Length == 0 ? throw new ArgumentException("A blocking rule needs at least one key.", nameof(keys)) : new(name, keys);
}
