namespace Lodestar.Portal.Client.Features.Crm.Views;

/// <summary>Saved CRM list views (<c>/api/crm/views</c>): everyone who reads the CRM keeps their own and sees the shared ones.</summary>
public interface ISavedViewsApi
{
    /// <summary>The signed-in person's views of the list, then those others shared, each by name.</summary>
    Task<IReadOnlyList<SavedViewDto>> ListAsync(string kind, CancellationToken cancellationToken = default);

    /// <exception cref="Infrastructure.ApiException">400 naming each wrong field (a name they already use for the list, a query the list does not take).</exception>
    Task<SavedViewDto> CreateAsync(SavedViewInput input, CancellationToken cancellationToken = default);

    /// <exception cref="Infrastructure.ApiException">404 when there is no such view, 403 when it is someone else's.</exception>
    Task DeleteAsync(long id, CancellationToken cancellationToken = default);
}
