using Lodestar.Domain.Crm;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Identity.Duplicates;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Tests.Identity.Duplicates;

public sealed class DuplicateReviewServiceTests
{
    private static CancellationToken Ct => IdentityHarness.Ct;

    private static readonly string[] Given = ["Ann", "Ben", "Cara", "Dan", "Eve", "Finn", "Gus", "Hana", "Ivy", "Jack", "Kim", "Leo", "Mia", "Ned", "Olga", "Paul"];
    private static readonly string[] Family = ["Lee", "Brown", "Garcia", "Novak", "Okafor", "Tanaka", "Weber", "Silva", "Kowalski", "Murphy", "Haddad", "Jensen"];
    private static readonly string[] Streets = ["Oak Avenue", "Mill Lane", "Park Road", "Church Street", "Bay View", "King Street", "Elm Close", "River Drive"];

    /// <summary>
    /// 240 people with their own emails, and Joe Smith twice: signed up as joe (userId, home email) and filled a form as
    /// Joseph on another device (work email): no identifier in common, same birthday and street.
    /// </summary>
    /// <param name="josephInCrm">Joseph is a CRM contact (with an external id) instead of a form on a laptop.</param>
    private static async Task<IdentityHarness> PeopleAsync(bool josephInCrm = false)
    {
        var w = await IdentityHarness.StartAsync();
        var rng = new Random(7);
        var messages = new List<string>();
        for (var i = 0; i < 240; i++)
        {
            var birthday = new DateTime(1950, 1, 1).AddDays(rng.Next(20_000)).ToString("yyyy-MM-dd");
            var traits = $$$"""{"firstName":"{{{Given[rng.Next(Given.Length)]}}}","lastName":"{{{Family[rng.Next(Family.Length)]}}}","email":"person{{{i}}}@example.com","birthday":"{{{birthday}}}","address":{"street":"{{{rng.Next(1, 200)}}} {{{Streets[rng.Next(Streets.Length)]}}}","city":"Springfield","postalCode":"{{{4000 + rng.Next(60)}}}"} }""";
            messages.Add($$"""{"type":"identify","anonymousId":"anon-{{i}}","traits":{{traits}} }""");
        }

        messages.Add("""{"type":"identify","userId":"u-joe","traits":{"firstName":"Joe","lastName":"Smith","email":"joe@home.example","birthday":"1980-03-02","address":{"street":"12 High St","city":"Springfield","postalCode":"4011"}}}""");
        if (!josephInCrm)
            messages.Add("""{"type":"identify","anonymousId":"work-laptop","traits":{"firstName":"Joseph","lastName":"Smith","email":"j.smith@work.example","birthday":"1980-03-02","address":{"street":"12 High Street","city":"Springfield","postalCode":"4011"}}}""");
        await w.SendAsync([.. messages]);
        if (josephInCrm)
            await w.Host.Get<ContactService>().CreateAsync(new ContactFields
            {
                ExternalId = "HS-9", FirstName = "Joseph", LastName = "Smith", Email = "j.smith@work.example", BirthDate = new DateOnly(1980, 3, 2),
                StreetNumber = "12", Street = "High Street", City = "Springfield", Postcode = "4011",
            }, "sam", Ct);
        await w.ResolveAsync();
        return w;
    }

    [Fact]
    public async Task RefreshAsync_JoeAndJoseph_SuggestedFirstWithEvidence()
    {
        await using var w = await PeopleAsync();

        var pending = await w.Host.Get<DuplicateSuggestionService>().RefreshAsync(null, Ct);
        var page = await w.Host.Get<DuplicateReviewService>().ListAsync(0.5, 10, Ct);

        Assert.True(pending >= 1);
        var top = page.Items[0];
        Assert.Equal(("Joe Smith", "Joseph Smith"), (top.Left.DisplayName, top.Right.DisplayName));
        Assert.True(top.Suggestion.Probability > 0.9, $"probability {top.Suggestion.Probability}");
        Assert.Contains(top.Evidence, e => e.Field == "DateOfBirth" && e.Weight > 0);
        Assert.NotNull(page.RefreshedAt);
    }

    [Fact]
    public async Task ListAsync_OneSideACrmContact_NamesTheContactAndItsExternalId()
    {
        await using var w = await PeopleAsync(josephInCrm: true);

        await w.Host.Get<DuplicateSuggestionService>().RefreshAsync(null, Ct);
        var top = (await w.Host.Get<DuplicateReviewService>().ListAsync(0.5, 10, Ct)).Items[0];

        Assert.Equal(("Joe Smith", "Joseph Smith"), (top.Left.DisplayName, top.Right.DisplayName));
        Assert.Empty(top.LeftContacts);
        var contact = Assert.Single(top.RightContacts);
        Assert.Equal(("HS-9", "Joseph Smith"), (contact.ExternalId, contact.Name));
    }

    [Fact]
    public async Task AcceptAsync_Suggestion_MergesRecordsTheLedgerAndRebuildKeepsIt()
    {
        await using var w = await PeopleAsync();
        await w.Host.Get<DuplicateSuggestionService>().RefreshAsync(null, Ct);
        var review = w.Host.Get<DuplicateReviewService>();
        var top = (await review.ListAsync(0.5, 1, Ct)).Items[0];

        var survivor = await review.AcceptAsync(top.Suggestion.Id, "admin@example.com", Ct);

        Assert.Equal(top.Left.Id, survivor);
        Assert.Equal(survivor, await w.ProfileOfAsync("email", "j.smith@work.example"));
        await using (var db = w.Host.CreateDbContext())
        {
            var merge = await db.ProfileMerges.SingleAsync(m => m.MergedId == top.Right.Id, Ct);
            Assert.StartsWith($"duplicate suggestion {top.Suggestion.Id} accepted", merge.Rule, StringComparison.Ordinal);
            Assert.Equal(DuplicateStatus.Accepted, (await db.DuplicateSuggestions.SingleAsync(s => s.Id == top.Suggestion.Id, Ct)).Status);
        }

        Assert.DoesNotContain((await review.ListAsync(0, 50, Ct)).Items, i => i.Suggestion.Id == top.Suggestion.Id);
        await w.Service.RebuildAsync(null, Ct);
        Assert.Equal(survivor, await w.ProfileOfAsync("email", "j.smith@work.example"));
        await Assert.ThrowsAsync<DomainValidationException>(() => review.AcceptAsync(top.Suggestion.Id, "admin", Ct));
    }

    [Fact]
    public async Task RejectAsync_Suggestion_RememberedAcrossRefreshes()
    {
        await using var w = await PeopleAsync();
        var suggestions = w.Host.Get<DuplicateSuggestionService>();
        await suggestions.RefreshAsync(null, Ct);
        var review = w.Host.Get<DuplicateReviewService>();
        var top = (await review.ListAsync(0.5, 1, Ct)).Items[0];

        await review.RejectAsync(top.Suggestion.Id, "admin@example.com", Ct);
        await suggestions.RefreshAsync(null, Ct);

        Assert.DoesNotContain((await review.ListAsync(0, 200, Ct)).Items, i => i.Left.Id == top.Left.Id && i.Right.Id == top.Right.Id);
        Assert.NotEqual(await w.ProfileOfAsync("email", "joe@home.example"), await w.ProfileOfAsync("email", "j.smith@work.example"));
        await using var db = w.Host.CreateDbContext();
        Assert.Equal(DuplicateStatus.Rejected, (await db.DuplicateSuggestions.SingleAsync(s => s.Id == top.Suggestion.Id, Ct)).Status);
    }

    [Fact]
    public async Task AcceptAsync_Unknown_NotFound()
    {
        await using var w = await IdentityHarness.StartAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => w.Host.Get<DuplicateReviewService>().AcceptAsync(5, "admin", Ct));
    }
}
