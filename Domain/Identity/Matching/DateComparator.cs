namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// Compares normalised dates (yyyymmdd, see <see cref="PersonRecordNormalizer"/>) field by field. The fields are
/// compared as text, not parsed, because a typo can make a date invalid (month 13) and it is still evidence.
/// </summary>
public static class DateComparator
{
    public static DateAgreement Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
            return DateAgreement.Exact;
        if (a.Length != 8 || b.Length != 8)
            return DateAgreement.Far;

        var sameYear = a[..4].SequenceEqual(b[..4]);
        var sameMonth = a.Slice(4, 2).SequenceEqual(b.Slice(4, 2));
        var sameDay = a.Slice(6, 2).SequenceEqual(b.Slice(6, 2));
        if (sameYear && a.Slice(4, 2).SequenceEqual(b.Slice(6, 2)) && a.Slice(6, 2).SequenceEqual(b.Slice(4, 2)))
            return DateAgreement.DayMonthTransposed;

        var equalFields = (sameYear ? 1 : 0) + (sameMonth ? 1 : 0) + (sameDay ? 1 : 0);
        return equalFields == 2 ? DateAgreement.OneFieldOff : DateAgreement.Far;
    }
}
