using Lodestar.Domain.Crm;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm;

/// <summary>The server side of <see cref="IAccountsApi"/>.</summary>
internal sealed class ServerAccountsApi(AccountService accounts, AccountQueryService queries, CurrentUser user) : IAccountsApi
{
    public Task<AccountListDto> ListAsync(AccountQuery query, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var page = await queries.ListAsync(Check(query), cancellationToken);
        return new AccountListDto(page.Items.Select(CrmMapping.ToDto).ToList(), page.Total);
    });

    public Task<AccountDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await accounts.GetAsync(id, cancellationToken)));

    public Task<AccountDto> CreateAsync(AccountInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await accounts.CreateAsync(CrmMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task<AccountDto> UpdateAsync(long id, AccountInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await accounts.UpdateAsync(id, CrmMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => await accounts.DeleteAsync(id, await ByAsync(), cancellationToken));

    public Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(AccountInput input, long? exceptId = null, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<PossibleDuplicateDto>>(async () =>
            (await accounts.FindDuplicatesAsync(CrmMapping.ToFields(input), exceptId, cancellationToken)).Select(CrmMapping.ToDto).ToList());

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<FieldChangeDto>>(async () => (await accounts.HistoryAsync(id, cancellationToken)).Select(CrmMapping.ToDto).ToList());

    public Task ExportAsync(AccountQuery query, TextWriter output, CancellationToken cancellationToken) =>
        DomainErrors.RunAsync(() => queries.ExportAsync(Search(query), output, cancellationToken));

    private static AccountSearch Check(AccountQuery query)
    {
        PagingChecks.CheckLimit(query.Limit, CrmPaging.MaxLimit);
        PagingChecks.CheckOffset(query.Offset);
        return Search(query);
    }

    /// <summary>The list's filters and sort (an export takes every page, so paging is not checked here).</summary>
    private static AccountSearch Search(AccountQuery query)
    {
        AccountQueryService.CheckSort(query.Sort);
        return new AccountSearch(query.Q, query.OwnerId, query.Sort, query.Offset, query.Limit);
    }

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";
}
