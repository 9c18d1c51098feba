namespace Lodestar.Portal.Client.Features.Audit;

/// <summary>A page of the audit log, newest first, and how many entries match in all.</summary>
public sealed record AuditPageDto(IReadOnlyList<AuditEntryDto> Items, int Total);
