using Lodestar.Domain.Crm.Views;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Crm.Views;

public sealed class SavedViewServiceTests
{
    private static CancellationToken Ct => CrmHarness.Ct;

    private static async Task<(DomainTestHost Host, SavedViewService Views, string Mia, string Sam)> StartAsync()
    {
        var host = await CrmHarness.StartAsync(new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero)));
        return (host, host.Get<SavedViewService>(), await CrmHarness.AddUserAsync(host, "mia"), await CrmHarness.AddUserAsync(host, "sam"));
    }

    [Fact]
    public async Task ListAsync_OwnAndSharedViews_MineFirstThenSharedOnesOthersSaved()
    {
        var (host, views, mia, sam) = await StartAsync();
        await using var _ = host;
        await views.CreateAsync(new SavedViewFields("contacts", "Zeta", false, "{}"), mia, Ct);
        await views.CreateAsync(new SavedViewFields("contacts", "alpha", false, """{"sort":"name"}"""), mia, Ct);
        await views.CreateAsync(new SavedViewFields("contacts", "Team", true, "{}"), sam, Ct);
        await views.CreateAsync(new SavedViewFields("contacts", "Sam's own", false, "{}"), sam, Ct);
        await views.CreateAsync(new SavedViewFields("deals", "Deals", false, "{}"), mia, Ct);

        var list = await views.ListAsync("contacts", mia, Ct);

        Assert.Equal([("alpha", true, "mia"), ("Zeta", true, "mia"), ("Team", false, "sam")], list.Select(v => (v.View.Name, v.Mine, v.OwnerName)));
        Assert.Equal("""{"sort":"name"}""", list[0].View.Query);
        Assert.Equal(new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc), list[0].View.CreatedAt);
        Assert.Equal(3, (await views.ListAsync(null, mia, Ct)).Count(v => v.View.Kind == SavedViewKind.Contacts));
    }

    [Fact]
    public async Task CreateAsync_SameNameTwiceForOnePerson_RefusedButAnotherPersonMayUseIt()
    {
        var (host, views, mia, sam) = await StartAsync();
        await using var _ = host;
        await views.CreateAsync(new SavedViewFields("tickets", "Urgent", false, "{}"), mia, Ct);

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => views.CreateAsync(new SavedViewFields("tickets", "urgent", true, "{}"), mia, Ct));
        var sams = await views.CreateAsync(new SavedViewFields("tickets", "Urgent", false, "{}"), sam, Ct);

        Assert.True(error.Errors.ContainsKey("name"));
        Assert.True(sams.Mine);
    }

    [Fact]
    public async Task DeleteAsync_SomeoneElsesSharedView_ForbiddenAndOwnerDeletesIt()
    {
        var (host, views, mia, sam) = await StartAsync();
        await using var _ = host;
        var shared = await views.CreateAsync(new SavedViewFields("accounts", "Big accounts", true, "{}"), sam, Ct);

        await Assert.ThrowsAsync<ForbiddenException>(() => views.DeleteAsync(shared.View.Id, mia, Ct));
        await views.DeleteAsync(shared.View.Id, sam, Ct);

        Assert.Empty(await views.ListAsync("accounts", mia, Ct));
        await Assert.ThrowsAsync<NotFoundException>(() => views.DeleteAsync(shared.View.Id, sam, Ct));
    }
}
