using Lodestar.Domain.Crm;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Crm;

/// <summary>The server side of <see cref="IContactsApi"/>.</summary>
internal sealed class ServerContactsApi(
    ContactService contacts, ContactQueryService queries, CrmOwnerService owners, CurrentUser user) : IContactsApi
{
    public Task<ContactListDto> ListAsync(ContactQuery query, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var page = await queries.ListAsync(Check(query), cancellationToken);
        return new ContactListDto(page.Items.Select(CrmMapping.ToDto).ToList(), page.Total);
    });

    public Task<ContactDto> GetAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await contacts.GetAsync(id, cancellationToken)));

    public Task<ContactDto> CreateAsync(ContactInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await contacts.CreateAsync(CrmMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task<ContactDto> UpdateAsync(long id, ContactInput input, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => CrmMapping.ToDto(await contacts.UpdateAsync(id, CrmMapping.ToFields(input), await ByAsync(), cancellationToken)));

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () => await contacts.DeleteAsync(id, await ByAsync(), cancellationToken));

    public Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(ContactInput input, long? exceptId = null, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<PossibleDuplicateDto>>(async () =>
            (await contacts.FindDuplicatesAsync(CrmMapping.ToFields(input), exceptId, cancellationToken)).Select(CrmMapping.ToDto).ToList());

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync<IReadOnlyList<FieldChangeDto>>(async () => (await contacts.HistoryAsync(id, cancellationToken)).Select(CrmMapping.ToDto).ToList());

    public async Task<IReadOnlyList<OwnerDto>> OwnersAsync(CancellationToken cancellationToken = default) =>
        (await owners.ListAsync(cancellationToken)).Select(o => new OwnerDto(o.Id, o.Name)).ToList();

    /// <summary>Writes the CSV export of a list (every page) to <paramref name="output"/>.</summary>
    public Task ExportAsync(ContactQuery query, TextWriter output, CancellationToken cancellationToken) =>
        DomainErrors.RunAsync(() => queries.ExportAsync(Search(query), output, cancellationToken));

    private static ContactSearch Check(ContactQuery query)
    {
        PagingChecks.CheckLimit(query.Limit, CrmPaging.MaxLimit);
        PagingChecks.CheckOffset(query.Offset);
        return Search(query);
    }

    /// <summary>The list's filters and sort (an export takes every page, so paging is not checked here).</summary>
    private static ContactSearch Search(ContactQuery query)
    {
        ContactQueryService.CheckSort(query.Sort);
        return new ContactSearch(query.Q, query.AccountId, query.OwnerId, query.Sort, query.Offset, query.Limit);
    }

    private async Task<string> ByAsync() => await user.GetNameAsync() ?? "unknown";
}
