using Lodestar.Domain.Identity;
using Lodestar.Domain.Privacy.Subjects;
using Lodestar.Domain.Tests.Identity;

namespace Lodestar.Domain.Tests.Privacy.Subjects;

public sealed class SubjectFootprintServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task LocateAsync_AnyOfTheIdentifiers_TheSameFootprint()
    {
        await using var world = await IdentityHarness.StartAsync();
        await world.SendAsync(
            """{"type":"page","anonymousId":"a-1","name":"Home"}""",
            """{"type":"identify","anonymousId":"a-1","userId":"u-1","traits":{"email":"Ada@Example.com","phone":"(555) 010-2233","firstName":"Ada"}}""",
            """{"type":"track","userId":"u-1","event":"Signed Up"}""",
            """{"type":"identify","userId":"u-2","traits":{"email":"grace@example.com"}}""");
        await world.ResolveAsync();
        var subjects = world.Host.Get<SubjectFootprintService>();

        var footprints = new List<SubjectFootprint>();
        foreach (var (type, value) in new[] { ("email", "ADA@example.com "), ("phone", "+1 555 010 2233"), ("userId", "u-1"), ("anonymousId", "a-1") })
            footprints.Add(await subjects.LocateAsync(await subjects.ParseAsync(type, value, Ct), Ct));

        Assert.All(footprints, f => Assert.Equal(footprints[0].ProfileIds.Order(), f.ProfileIds.Order()));
        Assert.All(footprints, f => Assert.Equal(3, f.EventIds.Count));
        Assert.Equal(["anonymous_id:a-1", "email:ada@example.com", "phone:+15550102233", "user_id:u-1"],
            footprints[0].Identifiers.Select(i => i.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains("Ada", footprints[0].PersonalValues);
        Assert.Empty(footprints[0].MentionEventIds);
    }

    [Fact]
    public async Task LocateAsync_MergedProfiles_EveryOneOfThemAndTheirIdentifiers()
    {
        await using var world = await IdentityHarness.StartAsync();
        await world.SendAsync("""{"type":"page","anonymousId":"a-1","name":"Home"}""", """{"type":"page","anonymousId":"a-2","name":"Home"}""");
        await world.ResolveAsync();
        await world.SendAsync("""{"type":"identify","anonymousId":"a-1","userId":"u-1"}""", """{"type":"identify","anonymousId":"a-2","userId":"u-1"}""");
        await world.ResolveAsync();

        var footprint = await world.Host.Get<SubjectFootprintService>().LocateAsync(new IdentifierKey("anonymous_id", "a-2"), Ct);

        Assert.Equal(2, footprint.ProfileIds.Count);
        Assert.Equal(4, footprint.EventIds.Count);
        Assert.Contains(new IdentifierKey("anonymous_id", "a-1"), footprint.Identifiers);
    }

    [Fact]
    public async Task LocateAsync_UnresolvedMessages_TheirsIncludedAndTheirNewIdentifiersJoin()
    {
        await using var world = await IdentityHarness.StartAsync();
        await world.SendAsync("""{"type":"identify","userId":"u-1","traits":{"email":"ada@example.com"}}""");
        await world.ResolveAsync();
        await world.SendAsync(
            """{"type":"track","userId":"u-1","anonymousId":"a-new","event":"Viewed"}""",
            """{"type":"page","anonymousId":"a-new","name":"Pricing"}""",
            """{"type":"page","anonymousId":"someone-else","name":"Pricing"}""");

        var footprint = await world.Host.Get<SubjectFootprintService>().LocateAsync(new IdentifierKey("email", "ada@example.com"), Ct);

        Assert.Equal(3, footprint.EventIds.Count);
        Assert.Contains(new IdentifierKey("anonymous_id", "a-new"), footprint.Identifiers);
        Assert.DoesNotContain(new IdentifierKey("anonymous_id", "someone-else"), footprint.Identifiers);
    }

    [Fact]
    public async Task LocateAsync_UnresolvedMessageWithAnotherPersonsIdentifier_TheOtherPersonStaysOut()
    {
        await using var world = await IdentityHarness.StartAsync();
        await world.SendAsync(
            """{"type":"identify","userId":"u-1","traits":{"email":"ada@example.com"}}""",
            """{"type":"identify","userId":"u-2","anonymousId":"shared-laptop","traits":{"email":"grace@example.com"}}""");
        await world.ResolveAsync();
        await world.SendAsync("""{"type":"track","userId":"u-1","anonymousId":"shared-laptop","event":"Viewed"}""");

        var footprint = await world.Host.Get<SubjectFootprintService>().LocateAsync(new IdentifierKey("user_id", "u-1"), Ct);

        Assert.Single(footprint.ProfileIds);
        Assert.Equal(2, footprint.EventIds.Count);
        Assert.DoesNotContain(new IdentifierKey("email", "grace@example.com"), footprint.Identifiers);
        Assert.DoesNotContain(new IdentifierKey("anonymous_id", "shared-laptop"), footprint.Identifiers);
    }

    [Fact]
    public async Task LocateAsync_NobodyHasIt_EmptyButTheSeedIsKept()
    {
        await using var world = await IdentityHarness.StartAsync();

        var footprint = await world.Host.Get<SubjectFootprintService>().LocateAsync(new IdentifierKey("email", "nobody@example.com"), Ct);

        Assert.True(footprint.IsEmpty);
        Assert.Equal([new IdentifierKey("email", "nobody@example.com")], footprint.Identifiers);
    }
}
