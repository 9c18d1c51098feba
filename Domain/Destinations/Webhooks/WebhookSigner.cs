using System.Security.Cryptography;
using System.Text;

namespace Lodestar.Domain.Destinations.Webhooks;

/// <summary>
/// Signs webhook bodies so receivers can check they came from us unaltered: <c>X-Lodestar-Signature: sha256=&lt;hex&gt;</c>,
/// the HMAC-SHA256 of the exact body bytes with the destination's signing secret.
/// </summary>
public static class WebhookSigner
{
    public const string SignatureHeader = "X-Lodestar-Signature";

    public const string IdempotencyHeader = "Idempotency-Key";

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Constant-time check of a received signature header against the body.</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? header) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, secret)), Encoding.ASCII.GetBytes(header.Trim()));
}
