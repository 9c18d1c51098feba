using System.Security.Cryptography;
using System.Text;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>
/// Turns emails and phone numbers into the normalised, SHA-256 hashed identifiers ad platforms match customers on.
/// The rules follow Google's Customer Match formatting guide and Meta's Custom Audience hashing guide, and carry
/// <see cref="Version"/>, which every payload and file names, so a receiver knows how a hash was made.
/// <list type="bullet">
/// <item>Email: white space removed, lower-cased, one @ with text on both sides and a dot in the domain. Google only:
/// for gmail.com and googlemail.com the dots and any +suffix of the local part are removed.</item>
/// <item>Phone: E.164 (spaces and punctuation dropped, a 00 prefix read as +, a bracketed trunk zero after the country
/// code dropped, a national number given the destination's default country, impossible lengths refused). Google hashes it with the +, Meta without it.</item>
/// <item>A value that is already a SHA-256 (64 hex digits) passes through, lower-cased.</item>
/// <item>Hash: lower-case hex SHA-256 of the normalised UTF-8 text.</item>
/// </list>
/// </summary>
public static class CustomerListNormalizer
{
    /// <summary>Raise when any rule changes, so hashes made under different rules are never mistaken for each other.</summary>
    public const string Version = "1";

    /// <returns>The normalised email, or null when the text is not a usable email address.</returns>
    public static string? NormalizeEmail(string? text, AdPlatformKind platform)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var email = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1)
            return null;
        var local = email[..at];
        var domain = email[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
            return null;
        if (platform == AdPlatformKind.Google && domain is "gmail.com" or "googlemail.com")
        {
            local = local.Split('+')[0].Replace(".", "", StringComparison.Ordinal);
            if (local.Length == 0)
                return null;
        }

        return local + "@" + domain;
    }

    /// <param name="defaultCountry">ISO 3166 region (US, AU…) for numbers written without a country code; null: such numbers are refused.</param>
    /// <returns>The normalised phone number, or null when the text is not a plausible phone number.</returns>
    public static string? NormalizePhone(string? text, string? defaultCountry, AdPlatformKind platform)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        // "+44 (0)20 …": the bracketed trunk zero is for dialling inside the country, never part of the E.164 number.
        var international = text.TrimStart().StartsWith('+') || text.TrimStart().StartsWith("00", StringComparison.Ordinal);
        if (PhoneNumbers.ToE164(international ? text.Replace("(0)", "", StringComparison.Ordinal) : text, defaultCountry?.Trim() ?? "") is not { } e164)
            return null;
        return platform == AdPlatformKind.Meta ? e164[1..] : e164;
    }

    /// <returns>The hashed email (normalised first unless it is already a hash), or null when it is unusable.</returns>
    public static string? HashEmail(string? text, AdPlatformKind platform) =>
        IsSha256Hex(text) ? text!.Trim().ToLowerInvariant() : NormalizeEmail(text, platform) is { } email ? Sha256Hex(email) : null;

    /// <returns>The hashed phone number (normalised first unless it is already a hash), or null when it is unusable.</returns>
    public static string? HashPhone(string? text, string? defaultCountry, AdPlatformKind platform) =>
        IsSha256Hex(text) ? text!.Trim().ToLowerInvariant() : NormalizePhone(text, defaultCountry, platform) is { } phone ? Sha256Hex(phone) : null;

    public static string Sha256Hex(string normalized) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));

    public static bool IsSha256Hex(string? text)
    {
        var value = text?.Trim();
        return value is { Length: 64 } && value.All(char.IsAsciiHexDigit);
    }

    /// <summary>Whether national numbers can be read in <paramref name="country"/> (the regions identity rules know).</summary>
    public static bool IsKnownCountry(string country) => PhoneNumbers.Regions.Contains(country.Trim(), StringComparer.OrdinalIgnoreCase);
}
