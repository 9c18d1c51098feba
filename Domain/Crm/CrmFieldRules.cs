using System.Text.RegularExpressions;

namespace Lodestar.Domain.Crm;

/// <summary>Checks shared by the CRM's validators: each adds a message a person can act on under the field's name.</summary>
internal static partial class CrmFieldRules
{
    public static string? Text(Dictionary<string, string[]> errors, string field, string label, string? value, int max, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
            Add(errors, field, $"Enter {label}.");
        else if (text is not null && text.Length > max)
            Add(errors, field, $"{char.ToUpperInvariant(label[0])}{label[1..]} is too long: at most {max} characters.");
        return text;
    }

    public static string? Email(Dictionary<string, string[]> errors, string field, string? value)
    {
        var email = Text(errors, field, "an email address", value, ContactLimits.Email);
        if (email is not null && !EmailShape().IsMatch(email))
            Add(errors, field, $"'{email}' is not an email address: write it like jane@example.com.");
        return email;
    }

    public static string? Phone(Dictionary<string, string[]> errors, string field, string? value)
    {
        var phone = Text(errors, field, "a phone number", value, ContactLimits.Phone);
        if (phone is null)
            return null;
        var digits = phone.Count(char.IsAsciiDigit);
        if (!PhoneShape().IsMatch(phone) || digits is < 6 or > 15)
            Add(errors, field, $"'{phone}' is not a phone number: use 6 to 15 digits, optionally with a leading + and spaces, dashes or brackets (e.g. +44 20 7946 0958).");
        return phone;
    }

    public static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9 ().\-]+$")]
    private static partial Regex PhoneShape();
}
