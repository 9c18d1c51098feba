namespace Lodestar.Domain.Audit;

/// <summary>
/// A search of the audit log. <see cref="Action"/> is one action or a family (<c>segment.*</c>); <see cref="User"/> is
/// a user id, an <c>api-key:{id}</c> or the name (email, key name) as recorded; <see cref="From"/> is inclusive,
/// <see cref="Before"/> exclusive (UTC).
/// </summary>
public sealed record AuditQuery(
    string? Text = null,
    string? Action = null,
    string? User = null,
    DateTime? From = null,
    DateTime? Before = null,
    int Skip = 0,
    int Take = 50);
