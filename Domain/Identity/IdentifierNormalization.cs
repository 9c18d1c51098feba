namespace Lodestar.Domain.Identity;

public enum IdentifierNormalization
{
    /// <summary>Surrounding white space removed; the value is otherwise kept as sent.</summary>
    Trim,
    /// <summary>Trimmed and lower-cased (emails: Ada@Example.com and ada@example.com are one person).</summary>
    Lowercase,
    /// <summary>E.164 (+15551234567), with the rules' default region for numbers without a country code.</summary>
    Phone,
}
