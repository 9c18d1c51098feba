namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// Jaro and Jaro–Winkler similarity (Winkler 1990): 1 for equal strings, 0 for strings with nothing in common.
/// The Winkler prefix boost uses scale 0.1 over at most 4 characters and, as in Winkler's original and
/// the common libraries (rapidfuzz, strcmp95), only applies when the Jaro similarity is above 0.7.
/// </summary>
public static class JaroWinkler
{
    public const double PrefixScale = 0.1;
    public const int MaxPrefix = 4;
    public const double BoostThreshold = 0.7;

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        if (jaro <= BoostThreshold)
            return jaro;

        var limit = Math.Min(MaxPrefix, Math.Min(a.Length, b.Length));
        var prefix = 0;
        while (prefix < limit && a[prefix] == b[prefix])
            prefix++;
        return jaro + prefix * PrefixScale * (1 - jaro);
    }

    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
            return 1;
        if (a.Length == 0 || b.Length == 0)
            return 0;
        if (a.SequenceEqual(b))
            return 1;

        // Names and addresses are short: the match flags live on the stack for anything we expect to see.
        Span<bool> aFlags = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bFlags = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        aFlags.Clear();
        bFlags.Clear();

        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (bFlags[j] || a[i] != b[j])
                    continue;
                aFlags[i] = bFlags[j] = true;
                matches++;
                break;
            }
        }

        if (matches == 0)
            return 0;

        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aFlags[i])
                continue;
            while (!bFlags[k])
                k++;
            if (a[i] != b[k])
                halfTranspositions++;
            k++;
        }

        double m = matches;
        return (m / a.Length + m / b.Length + (m - halfTranspositions / 2) / m) / 3;
    }
}
