using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// In-memory deals over <see cref="FakePipelinesApi"/>'s pipelines: the board groups them by stage, moves change the
/// stage (or fail with <see cref="MoveError"/>), and every create, update and move is recorded.
/// </summary>
public sealed class FakeDealsApi(FakePipelinesApi pipelines) : IDealsApi
{
    private readonly Lock _lock = new();
    private readonly List<DealInput> _created = [];
    private readonly List<(long Id, DealMoveInput Move)> _moves = [];
    private readonly List<DealQuery> _queries = [];

    public List<DealDto> Deals { get; } = [];

    public ApiException? MoveError { get; set; }

    public ApiException? SaveError { get; set; }

    public IReadOnlyList<DealInput> Created { get { lock (_lock) return [.. _created]; } }

    public IReadOnlyList<(long Id, DealMoveInput Move)> Moves { get { lock (_lock) return [.. _moves]; } }

    public IReadOnlyList<DealQuery> Queries { get { lock (_lock) return [.. _queries]; } }

    public static DealDto Deal(long id, string name, StageDto stage, long pipelineId = 1, long amount = 100_000, string currency = "USD") =>
        new(id, name, pipelineId, "Sales", stage.Id, stage.Name, stage.Outcome, amount, currency, null, stage.Probability, null, null, null,
            null, null, null, null, null, null, new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc));

    public Task<DealListDto> ListAsync(DealQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _queries.Add(query);
            var matches = Deals.Where(d => (query.PipelineId is null || d.PipelineId == query.PipelineId)
                                           && (query.AccountId is null || d.AccountId == query.AccountId)
                                           && (query.ContactId is null || d.ContactId == query.ContactId)
                                           && (query.Outcome is null || d.Outcome == query.Outcome)
                                           && (query.Q is null || d.Name.Contains(query.Q, StringComparison.OrdinalIgnoreCase))).ToList();
            return Task.FromResult(new DealListDto(matches.Skip(query.Offset).Take(query.Limit).ToList(), matches.Count));
        }
    }

    public async Task<DealBoardDto> BoardAsync(long? pipelineId, CancellationToken cancellationToken = default)
    {
        var pipeline = (await pipelines.ListAsync(cancellationToken)).First(p => pipelineId is null || p.Id == pipelineId);
        lock (_lock)
        {
            return new DealBoardDto(pipeline, pipeline.Stages.Select(s =>
            {
                var deals = Deals.Where(d => d.StageId == s.Id).ToList();
                var totals = deals.GroupBy(d => d.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new MoneyDto(g.Key, g.Sum(d => d.Amount))).ToList();
                return new DealColumnDto(s, deals.Count, totals, deals);
            }).ToList());
        }
    }

    public Task<DealDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Deals.FirstOrDefault(d => d.Id == id) is { } deal ? Task.FromResult(deal) : throw new ApiException(404, $"There is no deal with id {id}.");
    }

    public Task<DealDto> CreateAsync(DealInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _created.Add(input);
            if (SaveError is not null)
                throw SaveError;
            var stage = pipelines.Stage(input.StageId!.Value);
            var deal = Deal(Deals.Count + 100, input.Name!, stage, input.PipelineId ?? 1, input.Amount ?? 0, input.Currency ?? "USD");
            Deals.Add(deal);
            return Task.FromResult(deal);
        }
    }

    public Task<DealDto> UpdateAsync(long id, DealInput input, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by these tests.");

    public Task<DealDto> MoveAsync(long id, DealMoveInput move, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _moves.Add((id, move));
            if (MoveError is not null)
                throw MoveError;
            var index = Deals.FindIndex(d => d.Id == id);
            var stage = pipelines.Stage(move.StageId);
            Deals[index] = Deals[index] with { StageId = stage.Id, StageName = stage.Name, Outcome = stage.Outcome, CloseReason = move.Reason };
            return Task.FromResult(Deals[index]);
        }
    }

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            Deals.RemoveAll(d => d.Id == id);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FieldChangeDto>>([]);
}
