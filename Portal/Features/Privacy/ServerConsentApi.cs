using Lodestar.Domain;
using Lodestar.Domain.Audit;
using Lodestar.Domain.Privacy;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Privacy;
using Lodestar.Portal.Features.Audit;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Privacy;

/// <summary>The server side of <see cref="IConsentApi"/>.</summary>
internal sealed class ServerConsentApi(ConsentCategoryService categories, ConsentService consent, CurrentUser user, AuditRecorder audit)
    : IConsentApi
{
    public Task<ConsentCategoriesDto> GetCategoriesAsync(CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        new ConsentCategoriesDto(await categories.GetAsync(cancellationToken)));

    public Task<ConsentCategoriesDto> SaveCategoriesAsync(ConsentCategoriesDto saved, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
        {
            var keys = await categories.SaveAsync(saved?.Categories, cancellationToken);
            await audit.RecordAsync(AuditActions.ConsentCategoriesChanged, new AuditTarget("settings", "consent-categories", "Consent categories"),
                string.Join(", ", keys));
            return new ConsentCategoriesDto(keys);
        });

    public Task<ConsentChangeDto> RecordAsync(ConsentRequest request, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var source = request.Source?.Trim().ToLowerInvariant() switch
        {
            null or "" or "api" => ConsentSource.Api,
            "crm" => ConsentSource.Crm,
            // Tracking consent arrives with the messages themselves, so the API does not pretend to be a message.
            _ => throw new DomainValidationException("source", $"'{request.Source}' is not a source for this call: use api or crm."),
        };
        var input = new ConsentInput(request.IdentifierType, request.IdentifierValue, request.Category, request.Granted);
        return ToDto(await consent.RecordAsync(input, source, await user.GetNameAsync(), cancellationToken));
    });

    public Task<ConsentChangeDto> RecordForContactAsync(long contactId, ContactConsentRequest request, CancellationToken cancellationToken = default) =>
        DomainErrors.RunAsync(async () =>
            ToDto(await consent.RecordForContactAsync(contactId, request.Category, request.Granted, await user.GetNameAsync(), cancellationToken)));

    public Task<ProfileConsentDto> ForProfileAsync(long profileId, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        var found = await consent.ForProfileAsync(profileId, cancellationToken);
        return new ProfileConsentDto(
            found.Current.Select(s => new ConsentStateDto(s.Category, s.Configured, s.Granted, s.Since, s.Source is { } source ? Name(source) : null, s.Reference)).ToList(),
            found.History.Select(ToDto).ToList());
    });

    private static ConsentChangeDto ToDto(ConsentChange c) =>
        new(c.Id, c.IdentifierType, c.IdentifierValue, c.Category, c.Granted, c.OccurredAt, Name(c.Source), c.Reference);

    private static string Name(ConsentSource source) => source.ToString().ToLowerInvariant();
}
