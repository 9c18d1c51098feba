namespace Lodestar.Domain.Audit;

/// <summary>A page of audit entries, newest first, and how many match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Total);
