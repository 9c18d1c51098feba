namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>Deal pipelines and their stages (<c>/api/crm/pipelines</c>). Reading: every role; writing: Sales and Admin.</summary>
public interface IPipelinesApi
{
    Task<IReadOnlyList<PipelineDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<PipelineDto> CreateAsync(PipelineInput input, CancellationToken cancellationToken = default);

    /// <summary>Renames and reshapes; a stage that still has deals cannot be removed.</summary>
    Task<PipelineDto> UpdateAsync(long id, PipelineInput input, CancellationToken cancellationToken = default);

    /// <summary>Deletes a pipeline without deals.</summary>
    Task DeleteAsync(long id, CancellationToken cancellationToken = default);
}
