using Lodestar.Domain.Crm;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy.Subjects;

/// <summary>
/// Reads an identifier a person names a data subject by (a privacy request): the type in the identity graph's names
/// (<c>email</c>, <c>user_id</c>, <c>crm_contact_id</c>, custom types) or the API's camel-case ones (<c>userId</c>,
/// <c>anonymousId</c>, <c>crmContactId</c>), the value normalised by the rules exactly as identity resolution does.
/// </summary>
public static class SubjectIdentifierParser
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["userId"] = IdentifierTypes.UserId,
        ["user"] = IdentifierTypes.UserId,
        ["anonymousId"] = IdentifierTypes.AnonymousId,
        ["deviceId"] = IdentifierTypes.DeviceId,
        ["crmContactId"] = CrmMessages.ContactIdType,
        ["contactId"] = CrmMessages.ContactIdType,
        ["crm_id"] = CrmMessages.ContactIdType,
        ["crmId"] = CrmMessages.ContactIdType,
    };

    public static string KnownTypes(IdentityRules rules) =>
        string.Join(", ", new[] { "email", "phone", "userId", "anonymousId", "crmContactId", "deviceId" }
            .Concat(rules.Types.Where(t => t.Enabled && !IdentifierTypes.IsBuiltIn(t.Type) && t.Type != CrmMessages.ContactIdType).Select(t => t.Type)));

    /// <exception cref="DomainValidationException">The type is unknown or the value identifies nobody; keyed by the given field names.</exception>
    public static IdentifierKey Parse(string? type, string? value, IdentityRules rules, string typeField = "identifierType", string valueField = "value")
    {
        if (string.IsNullOrWhiteSpace(type))
            throw new DomainValidationException(typeField, $"Give the identifier type: one of {KnownTypes(rules)}.");
        var trimmed = type.Trim();
        var name = Aliases.GetValueOrDefault(trimmed) ?? trimmed.ToLowerInvariant();
        if (!IdentifierTypes.IsBuiltIn(name) && name != CrmMessages.ContactIdType && rules.Find(name) is null)
            throw new DomainValidationException(typeField, $"'{trimmed}' is not an identifier type. Use one of {KnownTypes(rules)}.");
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainValidationException(valueField, $"Give the {trimmed} to look for.");
        if (name == CrmMessages.ContactIdType && !long.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            throw new DomainValidationException(valueField, $"A CRM contact id is a number, like 42; '{value.Trim()}' is not.");
        var extractor = new IdentifierExtractor(new IdentifierNormalizer(rules));
        return extractor.KeyOf(name, value) ?? throw new DomainValidationException(valueField, name switch
        {
            IdentifierTypes.Phone => $"'{value.Trim()}' is not a phone number identity resolution can read (e.g. +15551234567, or a national number of {rules.DefaultRegion}).",
            _ => $"'{value.Trim()}' identifies nobody: identity resolution ignores it (a placeholder or blocked value, or longer than 256 characters).",
        });
    }
}
