using System.Globalization;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Audit;

/// <summary>A search of the audit log (<c>GET /api/audit</c>).</summary>
/// <param name="Q">Text anywhere in who, what, the target, the detail or the address.</param>
/// <param name="Action">One action (<c>segment.updated</c>) or a family (<c>segment.*</c>).</param>
/// <param name="User">A user id, <c>api-key:{id}</c>, or the email or key name as recorded.</param>
/// <param name="From">First day (UTC), inclusive.</param>
/// <param name="To">Last day (UTC), inclusive.</param>
public sealed record AuditFilter(
    string? Q = null,
    string? Action = null,
    string? User = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Skip = 0,
    int Take = 50)
{
    public const string DateFormat = "yyyy-MM-dd";

    public string ToQueryString() => QueryStrings.Of(
        ("q", Q), ("action", Action), ("user", User),
        ("from", From?.ToString(DateFormat, CultureInfo.InvariantCulture)), ("to", To?.ToString(DateFormat, CultureInfo.InvariantCulture)),
        ("skip", Skip), ("take", Take));
}
