namespace Lodestar.Benchmarks;

/// <summary>The typing mistakes of <see cref="DuplicateContactsGenerator"/>, drawn from its seeded random.</summary>
public sealed class ContactTypos(Random random)
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>One substitution, deletion, insertion or swap of neighbours, away from the first letter.</summary>
    public string? Apply(string? value)
    {
        if (value is null || value.Length < 3)
            return value;
        var at = 1 + random.Next(value.Length - 2);
        var letter = Letters[random.Next(Letters.Length)];
        return random.Next(4) switch
        {
            0 => string.Concat(value.AsSpan(0, at), letter.ToString(), value.AsSpan(at + 1)),
            1 => value.Remove(at, 1),
            2 => value.Insert(at, letter.ToString()),
            _ => string.Concat(value.AsSpan(0, at), value[at + 1].ToString(), value[at].ToString(), value.AsSpan(at + 2)),
        };
    }

    /// <summary>Day and month swapped (when that is still a date), or one digit mistyped.</summary>
    public string? Date(string? iso)
    {
        if (iso is null)
            return null;
        if (random.Next(2) == 0 && int.Parse(iso.AsSpan(8, 2)) <= 12)
            return $"{iso[..4]}-{iso[8..10]}-{iso[5..7]}";
        return Digit(iso);
    }

    /// <summary>The same number written without spaces, or with one digit mistyped.</summary>
    public string? Phone(string? phone) =>
        phone is null ? null : random.Next(2) == 0 ? phone.Replace(" ", "", StringComparison.Ordinal) : Digit(phone);

    /// <summary>One digit replaced by another.</summary>
    public string? Digit(string? value)
    {
        if (value is null)
            return null;
        var digits = Enumerable.Range(0, value.Length).Where(i => char.IsAsciiDigit(value[i])).ToArray();
        if (digits.Length == 0)
            return value;
        var at = digits[random.Next(digits.Length)];
        var replacement = (char)('0' + (value[at] - '0' + 1 + random.Next(9)) % 10);
        return string.Concat(value.AsSpan(0, at), replacement.ToString(), value.AsSpan(at + 1));
    }
}
