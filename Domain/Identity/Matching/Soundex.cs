namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// American Soundex (the US census rules: H and W do not separate equal codes, vowels do). Used as a blocking key
/// so that names spelt differently but pronounced alike (smith / smyth) meet in the same block.
/// </summary>
public static class Soundex
{
    // Codes for a..z; '0' marks the letters that are dropped.
    private const string Codes = "01230120022455012623010202";

    /// <summary>The four-character code, or an empty string when the value has no ASCII letter.</summary>
    public static string Encode(ReadOnlySpan<char> value)
    {
        Span<char> code = stackalloc char[4];
        var length = 0;
        var previous = '\0';
        foreach (var raw in value)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is < 'a' or > 'z')
                continue;

            var digit = Codes[c - 'a'];
            if (length == 0)
            {
                code[length++] = char.ToUpperInvariant(c);
                previous = digit;
                continue;
            }

            if (digit != '0' && digit != previous)
                code[length++] = digit;
            if (length == 4)
                break;
            if (c is not ('h' or 'w'))
                previous = digit;
        }

        if (length == 0)
            return string.Empty;
        code[length..].Fill('0');
        return new string(code);
    }
}
