using Lodestar.Domain.Identity.Duplicates;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Infrastructure;

namespace Lodestar.Portal.Features.Identity;

/// <summary>The server side of <see cref="IDuplicatesApi"/>.</summary>
internal sealed class ServerDuplicatesApi(DuplicateReviewService review, CurrentUser user) : IDuplicatesApi
{
    public Task<DuplicateListDto> ListAsync(double minProbability, int limit, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        PagingChecks.CheckLimit(limit, DuplicateReviewService.MaxLimit);
        var page = await review.ListAsync(minProbability, limit, cancellationToken);
        return new DuplicateListDto(page.Items.Select(r => new DuplicateSuggestionDto(r.Suggestion.Id, r.Suggestion.Probability,
                ToDto(r.Left, r.LeftContacts), ToDto(r.Right, r.RightContacts),
                r.Evidence.Select(e => new DuplicateEvidenceDto(e.Field, e.LeftValue, e.RightValue, e.Level, e.Weight)).ToList(),
                r.Suggestion.CreatedAt)).ToList(),
            page.Pending, page.RefreshedAt);
    });

    public Task<DuplicateDecisionDto> AcceptAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
        new DuplicateDecisionDto(id, "accepted", await review.AcceptAsync(id, await ActorAsync(), cancellationToken)));

    public Task<DuplicateDecisionDto> RejectAsync(long id, CancellationToken cancellationToken = default) => DomainErrors.RunAsync(async () =>
    {
        await review.RejectAsync(id, await ActorAsync(), cancellationToken);
        return new DuplicateDecisionDto(id, "rejected", null);
    });

    private async Task<string> ActorAsync() => await user.GetNameAsync() ?? "unknown";

    private static DuplicateProfileDto ToDto(Lodestar.Domain.Identity.Profile p, IReadOnlyList<DuplicateContact> contacts) =>
        new(p.Id, p.DisplayName ?? $"Profile {p.Id}", p.EventCount, p.LastSeenAt,
            contacts.Select(c => new DuplicateContactDto(c.ContactId, c.ExternalId, c.Name)).ToList());
}
