using System.Text;

namespace Lodestar.Portal.Tracking;

/// <summary>
/// The write key from <c>Authorization: Basic base64(writeKey:)</c>. Segment's libraries add the colon; older
/// clients encode the key alone, which is accepted too.
/// </summary>
internal static class WriteKeyHeader
{
    public static string? Read(string? authorization)
    {
        const string prefix = "Basic ";
        if (authorization is null || !authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            return null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[prefix.Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':');
        var key = colon >= 0 ? decoded[..colon] : decoded;
        return key.Length > 0 ? key : null;
    }
}
