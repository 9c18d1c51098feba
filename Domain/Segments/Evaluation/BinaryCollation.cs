using System.Text;

namespace Lodestar.Domain.Segments.Evaluation;

/// <summary>SQLite's BINARY collation: text compares by its UTF-8 bytes (code point order).</summary>
internal sealed class BinaryCollation : IComparer<string>
{
    public static BinaryCollation Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return x is null ? y is null ? 0 : -1 : 1;
        return Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
    }
}
