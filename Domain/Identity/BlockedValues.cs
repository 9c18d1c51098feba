using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Values that identify nobody (placeholders, test addresses, shared mailboxes). Entries are literal values compared
/// case-insensitively, or regular expressions written between slashes (<c>/^info@/</c>).
/// Patterns run on the non-backtracking engine, which matches in time linear in the value: no pattern can stall
/// resolution, and no time limit is needed, so a value is blocked or not whatever the machine's load. (A time limit
/// made the answer depend on the clock: a busy machine blocked values a quiet one let through, and a rebuild could
/// then differ from the incremental runs.)
/// </summary>
public sealed class BlockedValues
{
    // Building a non-backtracking pattern costs about a millisecond, and rules are read for every profile lookup:
    // patterns are built once per process (Regex matching is thread-safe; admins configure a handful of patterns).
    private static readonly ConcurrentDictionary<string, Regex> Built = new(StringComparer.Ordinal);

    private readonly HashSet<string> _literals = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Regex> _patterns = [];

    public BlockedValues(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Length > 2 && entry[0] == '/' && entry[^1] == '/')
                _patterns.Add(Built.GetOrAdd(entry[1..^1], CompileStored));
            else
                _literals.Add(entry.Trim());
        }
    }

    /// <summary>Checks that every entry is usable; returns the message for the first that is not.</summary>
    public static string? Validate(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry))
                return "Blocked values cannot be empty.";
            if (entry.Length > 2 && entry[0] == '/' && entry[^1] == '/')
            {
                try
                {
                    _ = Compile(entry[1..^1]);
                }
                catch (NotSupportedException)
                {
                    return $"The pattern {entry} uses backreferences, lookarounds, atomic groups or conditionals, which blocked values do not support (patterns must match in linear time).";
                }
                catch (ArgumentException ex)
                {
                    return $"The pattern {entry} is not a valid regular expression: {ex.Message}";
                }
            }
        }

        return null;
    }

    public bool IsBlocked(string normalized)
    {
        if (_literals.Contains(normalized))
            return true;
        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(normalized))
                return true;
        }

        return false;
    }

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// Rules saved before patterns had to be linear may use other constructs: they keep working on the backtracking
    /// engine, still without a time limit, so that the answer never depends on the machine's load.
    /// </summary>
    private static Regex CompileStored(string pattern)
    {
        try
        {
            return Compile(pattern);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }
}
