using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>CRM accounts (<c>/api/crm/accounts</c>). Reading: every role; writing: Sales and Admin.</summary>
public interface IAccountsApi
{
    public static string ExportUrl(AccountQuery query) =>
        "api/crm/accounts/export?" + QueryStrings.Of(("q", query.Q), ("ownerId", query.OwnerId), ("sort", query.Sort));

    Task<AccountListDto> ListAsync(AccountQuery query, CancellationToken cancellationToken = default);

    Task<AccountDto> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<AccountDto> CreateAsync(AccountInput input, CancellationToken cancellationToken = default);

    Task<AccountDto> UpdateAsync(long id, AccountInput input, CancellationToken cancellationToken = default);

    /// <summary>Deletes an account; its contacts stay, without an account.</summary>
    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Existing accounts with the same name or domain.</summary>
    Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(AccountInput input, long? exceptId = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default);
}
