using System.Text;

namespace Lodestar.Domain.Identity;

/// <summary>Decodes UTF-8 text to strings, one string per distinct value (long values are decoded as they come).</summary>
internal sealed class Utf8Interner
{
    private const int MaxInternedChars = 256;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8Interner() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxInternedChars)
            return Encoding.UTF8.GetString(utf8);
        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the byte count bounds the chars.
        Span<char> chars = stackalloc char[utf8.Length];
        var value = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_lookup.TryGetValue(value, out var known))
            return known;
        var created = new string(value);
        _strings.Add(created);
        return created;
    }
}
