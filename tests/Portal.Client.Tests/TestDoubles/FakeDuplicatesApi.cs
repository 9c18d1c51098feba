using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>An in-memory review queue: decisions take suggestions off it and are recorded.</summary>
public sealed class FakeDuplicatesApi : IDuplicatesApi
{
    public List<DuplicateSuggestionDto> Pending { get; } = [];

    public List<(long Id, string Decision)> Decisions { get; } = [];

    public List<double> Queries { get; } = [];

    public DateTime? RefreshedAt { get; set; } = new(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc);

    public ApiException? AcceptError { get; set; }

    public Task<DuplicateListDto> ListAsync(double minProbability, int limit, CancellationToken cancellationToken = default)
    {
        Queries.Add(minProbability);
        return Task.FromResult(new DuplicateListDto(Pending.Where(p => p.Probability >= minProbability).Take(limit).ToList(), Pending.Count, RefreshedAt));
    }

    public Task<DuplicateDecisionDto> AcceptAsync(long id, CancellationToken cancellationToken = default)
    {
        if (AcceptError is not null)
            return Task.FromException<DuplicateDecisionDto>(AcceptError);
        var suggestion = Decide(id, "accepted");
        return Task.FromResult(new DuplicateDecisionDto(id, "accepted", suggestion.Left.Id));
    }

    public Task<DuplicateDecisionDto> RejectAsync(long id, CancellationToken cancellationToken = default)
    {
        Decide(id, "rejected");
        return Task.FromResult(new DuplicateDecisionDto(id, "rejected", null));
    }

    public static DuplicateSuggestionDto JoeAndJoseph(long id = 3, double probability = 0.987) => new(id, probability,
        new DuplicateProfileDto(12, "Joe Smith", 40, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)),
        new DuplicateProfileDto(57, "Joseph Smith", 3, new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc)),
        [
            new("GivenName", "joe", "joseph", "nickname", 4.1),
            new("Surname", "smith", "smith", "exact", 6.2),
            new("DateOfBirth", "1980-03-02", "1980-03-02", "exact", 9.8),
            new("Email", "joe@home.example", "j.smith@work.example", "different", -2.3),
        ],
        new DateTime(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc));

    private DuplicateSuggestionDto Decide(long id, string decision)
    {
        var suggestion = Pending.Single(p => p.Id == id);
        Pending.Remove(suggestion);
        Decisions.Add((id, decision));
        return suggestion;
    }
}
