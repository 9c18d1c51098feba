using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Profiles;

/// <summary>What the profile list asks for: free text, or one identifier (type and value), and the page.</summary>
public sealed record ProfileQuery(string? Q = null, string? IdentifierType = null, string? IdentifierValue = null, int Offset = 0, int Limit = 25)
{
    public string ToQueryString() => QueryStrings.Of(
        ("offset", Offset), ("limit", Limit), ("q", Q), ("identifierType", IdentifierType), ("identifierValue", IdentifierValue));
}
