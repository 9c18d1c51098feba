using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>CRM contacts (<c>/api/crm/contacts</c>). Reading: every role; writing: Sales and Admin.</summary>
public interface IContactsApi
{
    /// <summary>The address of the CSV export of a list (the same filters and sort, every page).</summary>
    public static string ExportUrl(ContactQuery query) =>
        "api/crm/contacts/export?" + QueryStrings.Of(("q", query.Q), ("accountId", query.AccountId), ("ownerId", query.OwnerId), ("sort", query.Sort));

    Task<ContactListDto> ListAsync(ContactQuery query, CancellationToken cancellationToken = default);

    Task<ContactDto> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <exception cref="Infrastructure.ApiException">400 with an error per field when the input is invalid.</exception>
    Task<ContactDto> CreateAsync(ContactInput input, CancellationToken cancellationToken = default);

    Task<ContactDto> UpdateAsync(long id, ContactInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Existing contacts with the same email, phone or external id, or the same name and birth date (a warning, not an error).</summary>
    Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(ContactInput input, long? exceptId = null, CancellationToken cancellationToken = default);

    /// <summary>The contact's field history, newest first.</summary>
    Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Users who can own records (for owner pickers).</summary>
    Task<IReadOnlyList<OwnerDto>> OwnersAsync(CancellationToken cancellationToken = default);
}
