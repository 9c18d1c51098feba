using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>In-memory pipelines, starting with the default Sales pipeline; saves can be refused with <see cref="SaveError"/>.</summary>
public sealed class FakePipelinesApi : IPipelinesApi
{
    private readonly Lock _lock = new();
    private readonly List<(long? Id, PipelineInput Input)> _saved = [];

    public static readonly PipelineDto Sales = new(1, "Sales",
    [
        new StageDto(1, "Qualified", 10, "open"), new StageDto(2, "Proposal", 50, "open"),
        new StageDto(5, "Closed won", 100, "won"), new StageDto(6, "Closed lost", 0, "lost"),
    ]);

    public List<PipelineDto> Pipelines { get; } = [Sales];

    public ApiException? SaveError { get; set; }

    public IReadOnlyList<(long? Id, PipelineInput Input)> Saved { get { lock (_lock) return [.. _saved]; } }

    public StageDto Stage(long id)
    {
        lock (_lock)
            return Pipelines.SelectMany(p => p.Stages).First(s => s.Id == id);
    }

    public Task<IReadOnlyList<PipelineDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<PipelineDto>>([.. Pipelines]);
    }

    public Task<PipelineDto> CreateAsync(PipelineInput input, CancellationToken cancellationToken = default) => SaveAsync(null, input);

    public Task<PipelineDto> UpdateAsync(long id, PipelineInput input, CancellationToken cancellationToken = default) => SaveAsync(id, input);

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            Pipelines.RemoveAll(p => p.Id == id);
        return Task.CompletedTask;
    }

    private Task<PipelineDto> SaveAsync(long? id, PipelineInput input)
    {
        lock (_lock)
        {
            _saved.Add((id, input));
            if (SaveError is not null)
                throw SaveError;
            var newId = id ?? Pipelines.Max(p => p.Id) + 1;
            var stages = input.Stages!.Select((s, i) => new StageDto(s.Id ?? 100 * newId + i, s.Name!, s.Probability, s.Outcome)).ToList();
            var saved = new PipelineDto(newId, input.Name!, stages);
            Pipelines.RemoveAll(p => p.Id == newId);
            Pipelines.Add(saved);
            return Task.FromResult(saved);
        }
    }
}
