using Lodestar.Domain.Audit;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Audit;

/// <summary>The server side of <see cref="IAuditApi"/>.</summary>
internal sealed class ServerAuditApi(AuditService audit) : IAuditApi
{
    public Task<AuditPageDto> ListAsync(AuditFilter filter, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var query = new AuditQuery(filter.Q, filter.Action, filter.User, StartOf(filter.From), StartOf(filter.To?.AddDays(1)), filter.Skip, filter.Take);
        var page = await audit.QueryAsync(query, cancellationToken);
        return new AuditPageDto(page.Items.Select(ToDto).ToList(), page.Total);
    });

    public Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(() => audit.ActionsAsync(cancellationToken));

    private static DateTime? StartOf(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static AuditEntryDto ToDto(AuditEntry e) => new(e.Id, e.OccurredAt, e.ActorType, e.ActorId, e.ActorName, e.Action,
        e.TargetType, e.TargetId, e.TargetDisplay, e.Detail, e.IpAddress, e.UserAgent);
}
