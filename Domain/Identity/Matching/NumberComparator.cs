namespace Lodestar.Domain.Identity.Matching;

/// <summary>Compares digit strings (postcodes, street numbers, phone numbers) for typing mistakes.</summary>
public static class NumberComparator
{
    public static NumberAgreement Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
            return NumberAgreement.Exact;
        return IsOneEditApart(a, b) ? NumberAgreement.OneDigitOff : NumberAgreement.Different;
    }

    /// <summary>Optimal-string-alignment distance ≤ 1, without building the table: strings differ in one place.</summary>
    private static bool IsOneEditApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
            return false;

        var prefix = a.CommonPrefixLength(b);
        var restA = a[prefix..];
        var restB = b[prefix..];
        if (a.Length == b.Length)
        {
            // A substitution leaves equal tails; a swap of neighbours leaves them crossed.
            if (restA[1..].SequenceEqual(restB[1..]))
                return true;
            return restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]);
        }

        return a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }
}
