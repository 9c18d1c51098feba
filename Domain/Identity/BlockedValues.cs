using System.Text.RegularExpressions;

namespace Lodestar.Domain.Identity;

/// <summary>
/// Values that identify nobody (placeholders, test addresses, shared mailboxes). Entries are literal values compared
/// case-insensitively, or regular expressions written between slashes (<c>/^info@/</c>).
/// </summary>
public sealed class BlockedValues
{
    private readonly HashSet<string> _literals = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Regex> _patterns = [];

    public BlockedValues(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Length > 2 && entry[0] == '/' && entry[^1] == '/')
                _patterns.Add(new Regex(entry[1..^1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)));
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
                    _ = new Regex(entry[1..^1]);
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
            try
            {
                if (pattern.IsMatch(normalized))
                    return true;
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern too slow to decide: not merging on the value is the safe side.
                return true;
            }
        }

        return false;
    }
}
