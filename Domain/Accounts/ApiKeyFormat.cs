using System.Security.Cryptography;
using System.Text;

namespace Lodestar.Domain.Accounts;

/// <summary>
/// API keys look like <c>lsk_AbCd1234_…</c> (a visible prefix, then 32 random characters). Only a SHA-256 of the
/// whole key is stored: the keys are long random strings, so a fast hash is enough to make a stolen table useless.
/// </summary>
public static class ApiKeyFormat
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static (string Key, string Prefix) Generate()
    {
        var prefix = "lsk_" + RandomNumberGenerator.GetString(Alphabet, 8);
        return ($"{prefix}_{RandomNumberGenerator.GetString(Alphabet, 32)}", prefix);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Compares in constant time, so response timing tells nothing about how much of a key was right.</summary>
    public static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
