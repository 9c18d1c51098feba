namespace Lodestar.Portal.Client.Features.Privacy;

/// <summary>Consent categories and decisions (<c>/api/privacy/consent</c>, <c>/api/profiles/{id}/consent</c>).</summary>
public interface IConsentApi
{
    Task<ConsentCategoriesDto> GetCategoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the workspace's categories (admins).</summary>
    Task<ConsentCategoriesDto> SaveCategoriesAsync(ConsentCategoriesDto categories, CancellationToken cancellationToken = default);

    /// <summary>Records a decision for one identifier (admins and marketers).</summary>
    Task<ConsentChangeDto> RecordAsync(ConsentRequest request, CancellationToken cancellationToken = default);

    /// <summary>Records an opt-in or opt-out on a CRM contact (CRM editors), keyed by the contact's id, source crm.</summary>
    Task<ConsentChangeDto> RecordForContactAsync(long contactId, ContactConsentRequest request, CancellationToken cancellationToken = default);

    Task<ProfileConsentDto> ForProfileAsync(long profileId, CancellationToken cancellationToken = default);
}
