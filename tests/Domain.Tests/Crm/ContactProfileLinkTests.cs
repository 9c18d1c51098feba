using Lodestar.Domain.Crm;
using Lodestar.Domain.Tests.Identity;

namespace Lodestar.Domain.Tests.Crm;

public sealed class ContactProfileLinkTests
{
    [Fact]
    public async Task CreateAsync_EmailOfATrackedUser_LinksTheContactToTheirProfileAfterResolution()
    {
        await using var harness = await IdentityHarness.StartAsync();
        await harness.SendAsync(
            """{"type":"page","anonymousId":"a-1","name":"Pricing"}""",
            """{"type":"identify","anonymousId":"a-1","userId":"u-1","traits":{"email":"jane@example.com"}}""");
        await harness.ResolveAsync();
        var person = await harness.ProfileOfAsync("user_id", "u-1");
        var contacts = harness.Host.Get<ContactService>();

        var created = await contacts.CreateAsync(CrmHarness.Jane(), "sam", CrmHarness.Ct);
        var before = created.ProfileId;
        await harness.ResolveAsync();
        var after = await contacts.GetAsync(created.Contact.Id, CrmHarness.Ct);

        Assert.Null(before);
        Assert.NotNull(person);
        Assert.Equal(person, after.ProfileId);
        var identifiers = await harness.IdentifiersOfAsync(person!.Value);
        Assert.Contains($"{CrmMessages.ContactIdType}:{created.Contact.Id}", identifiers);
        Assert.Contains("phone:+442079460958", identifiers);
    }

    [Fact]
    public async Task CreateAsync_NewPerson_GetsAProfileOfItsOwnWithTheContactsTraits()
    {
        await using var harness = await IdentityHarness.StartAsync();
        var contacts = harness.Host.Get<ContactService>();

        var created = await contacts.CreateAsync(CrmHarness.Jane("new.person@example.com"), "sam", CrmHarness.Ct);
        await harness.ResolveAsync();

        var profileId = (await contacts.GetAsync(created.Contact.Id, CrmHarness.Ct)).ProfileId;
        Assert.NotNull(profileId);
        var profile = Assert.Single(await harness.LivingProfilesAsync());
        Assert.Equal((profileId!.Value, "Jane Doe"), (profile.Id, profile.DisplayName));
    }
}
