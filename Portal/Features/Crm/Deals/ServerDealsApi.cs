using Lodestar.Domain;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Features.Crm.Deals;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm.Deals;

/// <summary>The server side of <see cref="IDealsApi"/>.</summary>
internal sealed class ServerDealsApi(DealService deals, DealQueryService queries, CurrentUser user) : IDealsApi
{
    public Task<DealListDto> ListAsync(DealQuery query, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        PagingChecks.CheckLimit(query.Limit, CrmPaging.MaxLimit);
        PagingChecks.CheckOffset(query.Offset);
        StageOutcome? outcome = null;
        if (query.Outcome is not null)
            outcome = DealMapping.OutcomeOf(query.Outcome) ?? throw new DomainValidationException("outcome", $"Unknown outcome '{query.Outcome}': use open, won or lost.");
        var page = await queries.ListAsync(new DealSearch(query.Q, query.PipelineId, query.StageId, query.OwnerId, query.AccountId, query.ContactId,
            outcome, query.Sort, query.Offset, query.Limit), cancellationToken);
        return new DealListDto(page.Items.Select(DealMapping.ToDto).ToList(), page.Total);
    });

    public Task<DealBoardDto> BoardAsync(long? pipelineId, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => DealMapping.ToDto(await queries.BoardAsync(pipelineId, cancellationToken)));

    public Task<DealDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => DealMapping.ToDto(await deals.GetAsync(id, cancellationToken)));

    public Task<DealDto> CreateAsync(DealInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => DealMapping.ToDto(await deals.CreateAsync(DealMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task<DealDto> UpdateAsync(long id, DealInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => DealMapping.ToDto(await deals.UpdateAsync(id, DealMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task<DealDto> MoveAsync(long id, DealMoveInput move, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => DealMapping.ToDto(await deals.MoveAsync(id, move.StageId, move.Reason, await ByAsync(), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => await deals.DeleteAsync(id, await ByAsync(), cancellationToken));

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<FieldChangeDto>>(async () => (await deals.HistoryAsync(id, cancellationToken)).Select(CrmMapping.ToDto).ToList());

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";
}
