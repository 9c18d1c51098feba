namespace Lodestar.Portal.Client.Features.Audit;

/// <summary>The audit log of user actions (<c>/api/audit</c>, admins only).</summary>
public interface IAuditApi
{
    Task<AuditPageDto> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The actions the log holds, for the filter.</summary>
    Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default);
}
