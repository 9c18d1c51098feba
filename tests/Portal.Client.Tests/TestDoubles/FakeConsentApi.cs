using Lodestar.Portal.Client.Features.Privacy;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>Consent held in memory: categories, and each profile's consent as the API would answer it.</summary>
public sealed class FakeConsentApi : IConsentApi
{
    public List<string> Categories { get; } = ["analytics", "marketing", "advertising"];

    public Dictionary<long, ProfileConsentDto> Profiles { get; } = [];

    public List<ConsentRequest> Recorded { get; } = [];

    /// <summary>When set, saving the categories fails with it (as a 400 from the server would).</summary>
    public Lodestar.Portal.Client.Infrastructure.ApiException? SaveError { get; set; }

    public Task<ConsentCategoriesDto> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ConsentCategoriesDto([.. Categories]));

    public Task<ConsentCategoriesDto> SaveCategoriesAsync(ConsentCategoriesDto categories, CancellationToken cancellationToken = default)
    {
        if (SaveError is not null)
            throw SaveError;
        Categories.Clear();
        Categories.AddRange(categories.Categories);
        return GetCategoriesAsync(cancellationToken);
    }

    public Task<ConsentChangeDto> RecordAsync(ConsentRequest request, CancellationToken cancellationToken = default)
    {
        Recorded.Add(request);
        return Task.FromResult(new ConsentChangeDto(Recorded.Count, request.IdentifierType!, request.IdentifierValue!, request.Category!,
            request.Granted!.Value, new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), request.Source ?? "api", "mia@example.com"));
    }

    public Task<ConsentChangeDto> RecordForContactAsync(long contactId, ContactConsentRequest request, CancellationToken cancellationToken = default) =>
        RecordAsync(new ConsentRequest("crm_contact_id", contactId.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Category, request.Granted, "crm"),
            cancellationToken);

    public Task<ProfileConsentDto> ForProfileAsync(long profileId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Profiles.TryGetValue(profileId, out var consent) ? consent : new ProfileConsentDto([], []));
}
