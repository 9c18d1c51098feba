using System.Globalization;

namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>What the profile list asks for: free text, or one identifier (type and value), and the page.</summary>
public sealed record ProfileQuery(string? Q = null, string? IdentifierType = null, string? IdentifierValue = null, int Offset = 0, int Limit = 25)
{
    public string ToQueryString()
    {
        var parts = new List<string>
        {
            "offset=" + Offset.ToString(CultureInfo.InvariantCulture),
            "limit=" + Limit.ToString(CultureInfo.InvariantCulture),
        };
        if (!string.IsNullOrWhiteSpace(Q))
            parts.Add("q=" + Uri.EscapeDataString(Q));
        if (!string.IsNullOrWhiteSpace(IdentifierType))
            parts.Add("identifierType=" + Uri.EscapeDataString(IdentifierType));
        if (!string.IsNullOrWhiteSpace(IdentifierValue))
            parts.Add("identifierValue=" + Uri.EscapeDataString(IdentifierValue));
        return string.Join('&', parts);
    }
}
