using System.Net;
using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Audit;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

/// <summary>Changes the identity rules, so it starts a portal of its own (see <see cref="IsolatedPortalsCollection"/>).</summary>
[Collection(IsolatedPortalsCollection.Name)]
public sealed class IdentityEndpointsTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    /// <summary>Bob browsed, then both Ann and Bob signed up with the family mailbox, so identity resolution merged them.</summary>
    private static async Task<PortalFactory> SharedMailboxPortalAsync(Lodestar.Testing.TempDirectory folder)
    {
        var portal = new PortalFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={folder.File("rules.db")}",
            ["Jobs:Schedules:identity-resolution"] = "off",
        });
        await portal.PostTrackingAsync("page", """{"anonymousId":"a-bob","name":"Home"}""");
        await portal.PostTrackingAsync("identify", """{"anonymousId":"a-ann","traits":{"email":"family@example.com","name":"Ann"}}""");
        await portal.PostTrackingAsync("identify", """{"anonymousId":"a-bob","traits":{"email":"family@example.com","name":"Bob"}}""");
        await portal.PostTrackingAsync("identify", """{"anonymousId":"a-cy","traits":{"email":"cy@example.com","name":"Cy"}}""");
        Assert.Equal("Succeeded", await portal.RunJobAsync("identity-resolution"));
        return portal;
    }

    private static IdentityRulesDto Blocking(IdentityRulesDto rules, string value) => rules with { BlockedValues = [.. rules.BlockedValues, value] };

    [Fact]
    public async Task DryRunThenSave_BlockingTheSharedMailbox_ShowsTheSplitThenRebuildsIntoTwoProfiles()
    {
        using var folder = new Lodestar.Testing.TempDirectory();
        await using var portal = await SharedMailboxPortalAsync(folder);
        using var client = portal.CreateApiClient();
        var rules = (await client.GetFromJsonAsync<IdentityRulesDto>("/api/identity/rules", Ct))!;
        Assert.True(rules.IsDefault);
        Assert.Equal(["user_id", "email", "phone", "device_id", "anonymous_id"], rules.Types.Select(t => t.Type));

        using var dryRun = await client.PostAsJsonAsync("/api/identity/rules/dry-run", Blocking(rules, "family@example.com"), Ct);
        var preview = (await dryRun.Content.ReadFromJsonAsync<RulesDryRunDto>(Ct))!;

        Assert.Equal((4L, 2, 3, 0, 1, 1), (preview.EventsRead, preview.ProfilesNow, preview.ProfilesAfter, preview.Merges, preview.Splits, preview.IdentifiersDropped));
        var split = Assert.Single(preview.Examples);
        Assert.Equal(RulesDryRunKinds.Split, split.Kind);
        Assert.Equal([["anonymous_id: a-bob"], ["anonymous_id: a-ann"]], split.IdentifierGroups.Select(g => g.ToList()).ToList());
        Assert.Equal(2, (await client.GetFromJsonAsync<ProfileListDto>("/api/profiles", Ct))!.Total);

        using var save = await client.PutAsJsonAsync("/api/identity/rules", Blocking(rules, "family@example.com"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, save.StatusCode);
        var saved = (await save.Content.ReadFromJsonAsync<RulesSavedDto>(Ct))!;
        Assert.Equal("Succeeded", await portal.WaitForJobAsync(saved.RebuildJobId));

        Assert.False(saved.Rules.IsDefault);
        Assert.Contains("family@example.com", (await client.GetFromJsonAsync<IdentityRulesDto>("/api/identity/rules", Ct))!.BlockedValues);
        Assert.Equal(3, (await client.GetFromJsonAsync<ProfileListDto>("/api/profiles", Ct))!.Total);

        using var reset = await client.DeleteAsync("/api/identity/rules", Ct);
        var restored = (await reset.Content.ReadFromJsonAsync<RulesSavedDto>(Ct))!;
        Assert.Equal("Succeeded", await portal.WaitForJobAsync(restored.RebuildJobId));
        Assert.True((await client.GetFromJsonAsync<IdentityRulesDto>("/api/identity/rules", Ct))!.IsDefault);
        Assert.Equal(2, (await client.GetFromJsonAsync<ProfileListDto>("/api/profiles", Ct))!.Total);
        var audited = (await client.GetFromJsonAsync<AuditPageDto>("/api/audit?action=identity.rules-changed", Ct))!;
        Assert.Equal(["reset to the defaults; identity rebuild queued", "saved; identity rebuild queued"], audited.Items.Select(e => e.Detail));
        Assert.All(audited.Items, e => Assert.Equal("Bootstrap API key", e.ActorName));
    }

    [Fact]
    public async Task Save_BadRules_ValidationProblemPerFieldAndNothingSaved()
    {
        using var folder = new Lodestar.Testing.TempDirectory();
        await using var portal = await SharedMailboxPortalAsync(folder);
        using var client = portal.CreateApiClient();
        var rules = (await client.GetFromJsonAsync<IdentityRulesDto>("/api/identity/rules", Ct))!;
        var bad = rules with
        {
            Types = [.. rules.Types.Select(t => t.Type == "user_id" ? t with { Limit = 3 } : t), new IdentifierTypeDto("crm id", 5, ["nowhere.crm"], "trim")],
            BlockedValues = [.. rules.BlockedValues, "/([a-z/"],
            DefaultRegion = "XX",
        };

        using var response = await client.PutAsJsonAsync("/api/identity/rules", bad, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json.ReadAsync(response))["errors"]!.AsObject();
        Assert.Contains("types[0]", errors.Select(e => e.Key));
        Assert.Contains("types[5]", errors.Select(e => e.Key));
        Assert.Contains("blockedValues", errors.Select(e => e.Key));
        Assert.Contains("defaultRegion", errors.Select(e => e.Key));
        Assert.True((await client.GetFromJsonAsync<IdentityRulesDto>("/api/identity/rules", Ct))!.IsDefault);
    }

    [Fact]
    public async Task Rules_NotAnAdmin_Forbidden()
    {
        using var folder = new Lodestar.Testing.TempDirectory();
        await using var portal = await SharedMailboxPortalAsync(folder);
        using var anonymous = portal.CreateHttpClient();

        using var response = await anonymous.GetAsync("/api/identity/rules", Ct);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    [Fact]
    public async Task Unmerge_SharedMailboxMerge_SplitsBothProfilesAfterTheRebuild()
    {
        using var folder = new Lodestar.Testing.TempDirectory();
        await using var portal = await SharedMailboxPortalAsync(folder);
        using var client = portal.CreateApiClient();
        var merged = (await client.GetFromJsonAsync<ProfileListDto>("/api/profiles?identifierType=email&identifierValue=family@example.com", Ct))!.Items.Single();
        var profile = (await client.GetFromJsonAsync<ProfileDto>($"/api/profiles/{merged.Id}", Ct))!;

        using var response = await client.PostAsJsonAsync($"/api/profiles/{profile.Id}/unmerge", new UnmergeRequest(profile.MergedFrom.Single().Id), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<UnmergeResultDto>(Ct))!;
        Assert.Equal("Succeeded", await portal.WaitForJobAsync(result.RebuildJobId));
        Assert.Equal(3, (await client.GetFromJsonAsync<ProfileListDto>("/api/profiles", Ct))!.Total);
        var bob = (await client.GetFromJsonAsync<ProfileListDto>("/api/profiles?identifierType=anonymous_id&identifierValue=a-bob", Ct))!.Items.Single();
        var ann = (await client.GetFromJsonAsync<ProfileListDto>("/api/profiles?identifierType=anonymous_id&identifierValue=a-ann", Ct))!.Items.Single();
        Assert.NotEqual(ann.Id, bob.Id);
        Assert.Empty((await client.GetFromJsonAsync<ProfileDto>($"/api/profiles/{merged.Id}", Ct))!.MergedFrom);

        using var again = await client.PostAsJsonAsync($"/api/profiles/{profile.Id}/unmerge", new UnmergeRequest(null), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }
}
