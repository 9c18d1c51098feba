namespace Lodestar.Domain.Identity;

/// <summary>
/// Phone numbers to E.164 (+15551234567): international forms keep their country code, national forms get the default
/// region's, with the trunk prefix removed. Enough for matching people, not a full numbering-plan validator.
/// </summary>
public static class PhoneNumbers
{
    private static readonly Dictionary<string, string> CallingCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "1", ["CA"] = "1", ["GB"] = "44", ["IE"] = "353", ["DE"] = "49", ["FR"] = "33", ["NL"] = "31",
        ["BE"] = "32", ["ES"] = "34", ["IT"] = "39", ["SE"] = "46", ["NO"] = "47", ["DK"] = "45", ["FI"] = "358",
        ["CH"] = "41", ["AT"] = "43", ["PL"] = "48", ["AU"] = "61", ["NZ"] = "64", ["JP"] = "81", ["IN"] = "91",
        ["BR"] = "55", ["MX"] = "52", ["ZA"] = "27", ["SG"] = "65",
    };

    /// <summary>The regions a national number can be read in (the default region must be one of them).</summary>
    public static IReadOnlyCollection<string> Regions => CallingCodes.Keys;

    /// <returns>The E.164 form, or null when the text is not a plausible phone number.</returns>
    public static string? ToE164(string text, string defaultRegion)
    {
        var trimmed = text.Trim();
        var extension = trimmed.IndexOfAny(['x', 'X', '#', ';']);
        if (extension > 0)
            trimmed = trimmed[..extension];
        var international = trimmed.StartsWith('+');
        Span<char> digits = stackalloc char[32];
        var count = 0;
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                    return null;
                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '/' or '+'))
            {
                return null;
            }
        }

        var number = new string(digits[..count]);
        if (!international && number.StartsWith("00", StringComparison.Ordinal))
        {
            number = number[2..];
            international = true;
        }

        if (!international)
        {
            if (!CallingCodes.TryGetValue(defaultRegion, out var code))
                return null;
            if (code == "1")
            {
                if (number.Length == 11 && number[0] == '1')
                    number = number[1..];
                if (number.Length != 10)
                    return null;
            }
            else if (number.StartsWith('0'))
            {
                number = number[1..];
            }

            number = code + number;
        }

        return number.Length is >= 8 and <= 15 && number[0] != '0' ? "+" + number : null;
    }
}
