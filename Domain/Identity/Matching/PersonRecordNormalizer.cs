using System.Text;

namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// Brings values to one spelling before they are compared, so that the comparators measure typing mistakes and
/// not formatting: lower case, single spaces, no punctuation, street types spelt out, dates as yyyymmdd,
/// phone numbers as digits. Blank values become null (missing).
/// </summary>
public static class PersonRecordNormalizer
{
    // Only the street-type words that are unambiguous after the street name ("st" first is "saint": St Kilda Road).
    private static readonly Dictionary<string, string> StreetTypes = new(StringComparer.Ordinal)
    {
        ["st"] = "street", ["str"] = "street", ["rd"] = "road", ["ave"] = "avenue", ["av"] = "avenue",
        ["pl"] = "place", ["cres"] = "crescent", ["cr"] = "crescent", ["ct"] = "court", ["dr"] = "drive",
        ["hwy"] = "highway", ["ln"] = "lane", ["tce"] = "terrace", ["pde"] = "parade", ["cct"] = "circuit",
        ["cl"] = "close", ["blvd"] = "boulevard", ["sq"] = "square", ["gr"] = "grove", ["esp"] = "esplanade",
    };

    public static PersonRecord Normalize(PersonRecord record)
    {
        var streetNumber = Text(record.StreetNumber);
        var address1 = Address(record.Address1);
        if (streetNumber is null && address1 is not null)
            (streetNumber, address1) = SplitLeadingNumber(address1);

        return record with
        {
            GivenName = Text(record.GivenName),
            Surname = Text(record.Surname),
            StreetNumber = streetNumber,
            Address1 = address1,
            Address2 = Address(record.Address2),
            Suburb = Text(record.Suburb),
            Postcode = Text(record.Postcode)?.Replace(" ", "", StringComparison.Ordinal),
            State = Text(record.State),
            DateOfBirth = Date(record.DateOfBirth),
            Phone = Digits(record.Phone),
            Email = string.IsNullOrWhiteSpace(record.Email) ? null : record.Email.Trim().ToLowerInvariant(),
        };
    }

    /// <summary>Lower case; letters and digits kept; hyphens, slashes and runs of spaces become one space.</summary>
    internal static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var raw in value)
        {
            if (char.IsLetterOrDigit(raw))
            {
                if (pendingSpace && builder.Length > 0)
                    builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(raw));
            }
            else if (char.IsWhiteSpace(raw) || raw is '-' or '/' or ',' or '_')
            {
                pendingSpace = true;
            }

            // Anything else (apostrophes, dots) is dropped: o'brien = obrien, st. = st.
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string? Address(string? value)
    {
        var text = Text(value);
        if (text is null || !text.Contains(' ', StringComparison.Ordinal))
            return text;

        var words = text.Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            if (StreetTypes.TryGetValue(words[i], out var full))
                words[i] = full;
        }

        return string.Join(' ', words);
    }

    /// <summary>"12 high street" with no street number given → ("12", "high street"); "12a" counts as a number.</summary>
    private static (string? Number, string? Remainder) SplitLeadingNumber(string address)
    {
        var space = address.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !char.IsAsciiDigit(address[0]))
            return (null, address);
        return (address[..space], address[(space + 1)..]);
    }

    /// <summary>yyyymmdd from yyyymmdd, yyyy-mm-dd, yyyy/mm/dd or an ISO timestamp; other text as it is.</summary>
    internal static string? Date(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;

        var text = value.Trim();
        var time = text.IndexOfAny(['T', ' ']);
        if (time > 0)
            text = text[..time];
        if (text.Length == 10 && text[4] is ('-' or '/') && text[7] == text[4])
            text = string.Concat(text.AsSpan(0, 4), text.AsSpan(5, 2), text.AsSpan(8, 2));
        return text.ToLowerInvariant();
    }

    private static string? Digits(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
                builder.Append(c);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
