using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Lodestar.Domain.Identity;

namespace Lodestar.Domain.Privacy.Suppression;

/// <summary>
/// The hash a suppressed identifier is stored and matched under: SHA-256 of <c>type</c>, a line feed and the normalised
/// value (UTF-8). The type is part of it so that a user id "42" and a CRM contact id "42" stay different identifiers.
/// </summary>
public static class SuppressionHasher
{
    private const int StackLimit = 512;

    /// <summary>Lower-case hex, as stored.</summary>
    public static string Hex(IdentifierKey key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(key.Type, key.Value, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The first 128 bits, as the in-memory list holds them (no string per check).</summary>
    public static UInt128 Short(string type, string value)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Hash(type, value, hash);
        return BinaryPrimitives.ReadUInt128BigEndian(hash);
    }

    /// <summary>The first 128 bits of a stored hex hash.</summary>
    public static UInt128 ShortOfHex(string hex) => BinaryPrimitives.ReadUInt128BigEndian(Convert.FromHexString(hex.AsSpan(0, 32)));

    private static void Hash(string type, string value, Span<byte> hash)
    {
        var length = Encoding.UTF8.GetMaxByteCount(type.Length + value.Length + 1);
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(type, buffer);
            buffer[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(value, buffer[written..]);
            SHA256.HashData(buffer[..written], hash);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
