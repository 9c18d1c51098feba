using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy.Subjects;

/// <summary>
/// A masked form of an identifier for lists and receipts kept after an erasure: enough for a person to recognise which
/// one it was (<c>j•••@e•••.com</c>, <c>+•••••••67</c>, <c>a1•••f9</c>), never the whole value.
/// </summary>
public static class IdentifierMasker
{
    private const string Dots = "•••";

    public static string Mask(IdentifierKey key) => Mask(key.Type, key.Value);

    public static string Mask(string type, string value) => type switch
    {
        IdentifierTypes.Email => Email(value),
        IdentifierTypes.Phone => Phone(value),
        _ => Other(value),
    };

    private static string Email(string value)
    {
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
            return Other(value);
        var domain = value[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var tail = dot > 0 ? domain[dot..] : "";
        return $"{value[0]}{Dots}@{domain[0]}{Dots}{tail}";
    }

    private static string Phone(string value) =>
        value.Length > 4 ? $"{(value[0] == '+' ? "+" : "")}{new string('•', Math.Max(3, value.Length - 3))}{value[^2..]}" : Dots;

    private static string Other(string value) => value.Length switch
    {
        <= 2 => Dots,
        <= 6 => $"{value[0]}{Dots}",
        _ => $"{value[..2]}{Dots}{value[^2..]}",
    };
}
