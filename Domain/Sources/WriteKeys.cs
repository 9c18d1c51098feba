using System.Security.Cryptography;

namespace Lodestar.Domain.Sources;

/// <summary>Random write keys: 32 characters of [A-Za-z0-9], like Segment's.</summary>
public static class WriteKeys
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 32);
}
