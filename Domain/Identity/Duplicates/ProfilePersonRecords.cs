using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lodestar.Domain.Identity.Matching;

namespace Lodestar.Domain.Identity.Duplicates;

/// <summary>
/// A profile's traits as the duplicate matcher's person record, read from Segment's reserved traits: firstName,
/// lastName (or name), birthday, address {street, city, postalCode, state}, phone, email.
/// </summary>
public static partial class ProfilePersonRecords
{
    /// <summary>The trait keys read (both spellings Segment's libraries send).</summary>
    public static IReadOnlyList<string> TraitKeys { get; } =
        ["firstName", "first_name", "lastName", "last_name", "name", "birthday", "address", "phone", "email"];

    /// <param name="traits">Trait key → value as JSON text.</param>
    /// <returns>Null when the profile has no name: without one nothing can be said about who it is.</returns>
    public static PersonRecord? FromTraits(long profileId, IReadOnlyDictionary<string, string> traits)
    {
        var given = Text(traits, "firstName") ?? Text(traits, "first_name");
        var surname = Text(traits, "lastName") ?? Text(traits, "last_name");
        if ((given is null || surname is null) && Text(traits, "name") is { } full)
        {
            var parts = full.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            given ??= parts[0];
            surname ??= parts.Length > 1 ? parts[1] : null;
        }

        if (given is null && surname is null)
            return null;
        string? number = null, street = null, city = null, postcode = null, state = null;
        if (traits.TryGetValue("address", out var addressJson))
        {
            using var address = JsonDocument.Parse(addressJson);
            if (address.RootElement.ValueKind == JsonValueKind.Object)
            {
                (number, street) = SplitStreet(MessagePaths.StringAt(address.RootElement, "street"));
                city = MessagePaths.StringAt(address.RootElement, "city");
                postcode = MessagePaths.StringAt(address.RootElement, "postalCode") ?? MessagePaths.StringAt(address.RootElement, "postal_code");
                state = MessagePaths.StringAt(address.RootElement, "state");
            }
        }

        return new PersonRecord(profileId.ToString(CultureInfo.InvariantCulture), given, surname, number, street, null, city, postcode, state,
            Birthday(Text(traits, "birthday")), Text(traits, "phone"), Text(traits, "email"));
    }

    private static string? Text(IReadOnlyDictionary<string, string> traits, string key)
    {
        if (!traits.TryGetValue(key, out var json))
            return null;
        using var value = JsonDocument.Parse(json);
        var text = value.RootElement.ValueKind switch
        {
            JsonValueKind.String => value.RootElement.GetString(),
            JsonValueKind.Number => value.RootElement.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>"12 High St" → ("12", "High St"); the matcher compares house numbers and street names apart.</summary>
    private static (string? Number, string? Street) SplitStreet(string? street)
    {
        if (string.IsNullOrWhiteSpace(street))
            return (null, null);
        var match = StreetWithNumber().Match(street.Trim());
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : (null, street.Trim());
    }

    /// <summary>ISO dates and date-times to yyyy-mm-dd.</summary>
    private static string? Birthday(string? text) =>
        text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^(\d+[A-Za-z]?)[,\s]+(.+)$")]
    private static partial Regex StreetWithNumber();
}
