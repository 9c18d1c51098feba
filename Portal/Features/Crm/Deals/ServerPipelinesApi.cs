using Lodestar.Domain.Crm.Deals;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm.Deals;

/// <summary>The server side of <see cref="IPipelinesApi"/>.</summary>
internal sealed class ServerPipelinesApi(PipelineService pipelines) : IPipelinesApi
{
    public Task<IReadOnlyList<PipelineDto>> ListAsync(CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<PipelineDto>>(async () => (await pipelines.ListAsync(cancellationToken)).Select(DealMapping.ToDto).ToList());

    public Task<PipelineDto> CreateAsync(PipelineInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => DealMapping.ToDto(await pipelines.CreateAsync(DealMapping.ToFields(input), cancellationToken)));

    public Task<PipelineDto> UpdateAsync(long id, PipelineInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => DealMapping.ToDto(await pipelines.UpdateAsync(id, DealMapping.ToFields(input), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(() => pipelines.DeleteAsync(id, cancellationToken));
}
