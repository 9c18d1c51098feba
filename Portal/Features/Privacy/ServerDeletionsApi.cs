using Lodestar.Domain.Audit;
using Lodestar.Domain.Privacy.Deletion;
using Lodestar.Domain.Privacy.Suppression;
using Lodestar.Jobs;
using Lodestar.Jobs.Privacy;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Privacy.Deletions;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Privacy;

/// <summary>
/// The server side of <see cref="IDeletionsApi"/>. Admins only, here as well as on the endpoints: the profile page (open to
/// every role) offers the action to admins, and this is where a circuit's call lands.
/// </summary>
internal sealed class ServerDeletionsApi(
    DeletionRequestService requests, SuppressionService suppressions, JobLauncher launcher, AuditRecorder audit, CurrentUser user) : IDeletionsApi
{
    public Task<DeletionDto> FileAsync(DeletionRequestInput input, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var by = await AdminAsync();
        var (request, created) = await requests.FileAsync(input?.IdentifierType, input?.Value, input?.Mode, by, cancellationToken);
        if (!created)
            return DeletionMapping.ToDto(request);
        await audit.RecordAsync(AuditActions.DeletionRequested, AuditTarget.Of("deletion-request", request.Id, $"{request.IdentifierType} {request.Hint}"),
            $"mode {DeletionMapping.ToDto(request).Mode}");
        var jobId = await PrivacyDeletionJob.Enqueue(launcher, request.Id, cancellationToken);
        return DeletionMapping.ToDto(request, jobId);
    });

    public Task<DeletionDto> GetAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await AdminAsync();
        return DeletionMapping.ToDto(await requests.GetAsync(id, cancellationToken));
    });

    public Task<DeletionListDto> ListAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await AdminAsync();
        var page = await requests.ListAsync(offset, limit, cancellationToken);
        return new DeletionListDto(page.Items.Select(v => DeletionMapping.ToDto(v)).ToList(), page.Total);
    });

    public Task<SuppressionListDto> SuppressionsAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await AdminAsync();
        var page = await suppressions.ListAsync(offset, limit, cancellationToken);
        return new SuppressionListDto(page.Items.Select(DeletionMapping.ToDto).ToList(), page.Total, page.DroppedMessages, page.DroppedToday);
    });

    public Task<SuppressionDto> UnsuppressAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await AdminAsync();
        var removed = await suppressions.RemoveAsync(id, cancellationToken);
        await audit.RecordAsync(AuditActions.Unsuppressed, AuditTarget.Of("suppressed-identifier", removed.Id, $"{removed.IdentifierType} {removed.Hint}"),
            removed.DeletionRequestId is { } request ? $"suppressed by deletion request {request}" : null);
        return DeletionMapping.ToDto(removed);
    });

    /// <returns>Who is acting.</returns>
    private async Task<string> AdminAsync()
    {
        var principal = await user.GetAsync();
        if (!principal.IsInRole(PortalRoles.Admin))
            throw new ApiException(StatusCodes.Status403Forbidden, "Only admins can delete people and change the suppression list.");
        return principal.Identity?.Name ?? "unknown";
    }
}
