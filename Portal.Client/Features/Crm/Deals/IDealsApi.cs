using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>CRM deals (<c>/api/crm/deals</c>). Reading: every role; writing: Sales and Admin.</summary>
public interface IDealsApi
{
    Task<DealListDto> ListAsync(DealQuery query, CancellationToken cancellationToken = default);

    /// <summary>The pipeline (the first when null) as a board.</summary>
    Task<DealBoardDto> BoardAsync(long? pipelineId, CancellationToken cancellationToken = default);

    Task<DealDto> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<DealDto> CreateAsync(DealInput input, CancellationToken cancellationToken = default);

    Task<DealDto> UpdateAsync(long id, DealInput input, CancellationToken cancellationToken = default);

    /// <summary>Moves the deal to another stage; a lost stage needs a reason.</summary>
    Task<DealDto> MoveAsync(long id, DealMoveInput move, CancellationToken cancellationToken = default);

    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default);

    public static string ListUrl(DealQuery q) => QueryStrings.Of(("q", q.Q), ("pipelineId", q.PipelineId), ("stageId", q.StageId), ("ownerId", q.OwnerId),
        ("accountId", q.AccountId), ("contactId", q.ContactId), ("outcome", q.Outcome), ("sort", q.Sort), ("offset", q.Offset), ("limit", q.Limit));
}
