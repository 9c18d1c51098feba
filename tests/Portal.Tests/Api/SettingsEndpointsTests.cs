using System.Net;
using System.Net.Http.Json;
using Lodestar.Portal.Client.Features.Settings;
using Lodestar.Portal.Tests.Infrastructure;

namespace Lodestar.Portal.Tests.Api;

[Collection(PortalCollection.Name)]
public sealed class SettingsEndpointsTests(SharedPortal portal)
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Users_CreateUpdateDisableDelete_WorksAndValidates()
    {
        using var client = portal.CreateApiClient();
        var email = $"user-{Guid.NewGuid():N}@example.com";

        using var created = await client.PostAsync("/api/settings/users", Json.Of(new UserRequest(email, "Mara", ["Marketer"])), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = (await created.Content.ReadFromJsonAsync<CreatedUserDto>(Ct))!;
        Assert.True(user.Password.Length >= 12);

        using var updated = await client.PutAsync($"/api/settings/users/{user.User.Id}", Json.Of(new UserRequest(email, "Mara K", ["Marketer", "Sales"])), Ct);
        Assert.Equal(["Marketer", "Sales"], (await updated.Content.ReadFromJsonAsync<UserDto>(Ct))!.Roles);

        using var disabled = await client.PutAsync($"/api/settings/users/{user.User.Id}/disabled", Json.Of(new DisabledRequest(true)), Ct);
        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        var listed = await client.GetFromJsonAsync<List<UserDto>>("/api/settings/users", Ct);
        Assert.True(listed!.Single(u => u.Email == email).Disabled);

        using var deleted = await client.DeleteAsync($"/api/settings/users/{user.User.Id}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain((await client.GetFromJsonAsync<List<UserDto>>("/api/settings/users", Ct))!, u => u.Email == email);
    }

    [Theory]
    [InlineData("not-an-email", "Marketer", "email")]
    [InlineData("admin@localhost", "Marketer", "email")]
    [InlineData("new-person@example.com", "Owner", "roles")]
    public async Task Users_CreateInvalid_ValidationProblemNamingTheField(string email, string role, string field)
    {
        using var client = portal.CreateApiClient();

        using var response = await client.PostAsync("/api/settings/users", Json.Of(new UserRequest(email, null, [role])), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await Json.ReadAsync(response))["errors"]![field]);
    }

    [Fact]
    public async Task Users_RemoveAdminRoleFromOnlyAdmin_Refused()
    {
        using var client = portal.CreateApiClient();
        var admin = (await client.GetFromJsonAsync<List<UserDto>>("/api/settings/users", Ct))!.Single(u => u.Email == PortalFactory.AdminEmail);

        using var response = await client.PutAsync($"/api/settings/users/{admin.Id}", Json.Of(new UserRequest(admin.Email, null, ["Marketer"])), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("last enabled admin", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ApiKeys_CreateUseRevoke_KeyStopsWorking()
    {
        using var admin = portal.CreateApiClient();
        using var created = await admin.PostAsync("/api/settings/api-keys", Json.Of(new ApiKeyRequest("Export script", "ProductManager")), Ct);
        var key = (await created.Content.ReadFromJsonAsync<CreatedApiKeyDto>(Ct))!;
        using var scripted = portal.CreateApiClient(key.Secret);

        var before = (await scripted.GetAsync("/api/events?limit=1", Ct)).StatusCode;
        using var revoked = await admin.DeleteAsync($"/api/settings/api-keys/{key.Key.Id}", Ct);
        var after = (await scripted.GetAsync("/api/events?limit=1", Ct)).StatusCode;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Unauthorized), (before, revoked.StatusCode, after));
        var listed = (await admin.GetFromJsonAsync<List<ApiKeyDto>>("/api/settings/api-keys", Ct))!.Single(k => k.Id == key.Key.Id);
        Assert.NotNull(listed.RevokedAt);
        Assert.NotNull(listed.LastUsedAt);
    }

    [Fact]
    public async Task Sources_CreateRotateDisable_WriteKeyFollows()
    {
        using var admin = portal.CreateApiClient();
        using var created = await admin.PostAsync("/api/settings/sources", Json.Of(new SourceRequest($"iOS app {Guid.NewGuid():N}")), Ct);
        var source = (await created.Content.ReadFromJsonAsync<SourceDto>(Ct))!;

        var accepted = (await portal.PostTrackingAsync("track", """{"userId":"source-test","event":"E"}""", source.WriteKey)).Status;
        using var rotatedResponse = await admin.PostAsync($"/api/settings/sources/{source.Id}/rotate-key", null, Ct);
        var rotated = (await rotatedResponse.Content.ReadFromJsonAsync<SourceDto>(Ct))!;
        var oldKey = (await portal.PostTrackingAsync("track", """{"userId":"source-test","event":"E"}""", source.WriteKey)).Status;
        await admin.PutAsync($"/api/settings/sources/{source.Id}", Json.Of(new SourceRequest(source.Name, Enabled: false)), Ct);
        var disabled = (await portal.PostTrackingAsync("track", """{"userId":"source-test","event":"E"}""", rotated.WriteKey)).Status;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (accepted, oldKey, disabled));
    }

    [Fact]
    public async Task Sources_DuplicateName_ValidationProblem()
    {
        using var admin = portal.CreateApiClient();

        using var response = await admin.PostAsync("/api/settings/sources", Json.Of(new SourceRequest("default")), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already exists", (await Json.ReadAsync(response))["errors"]!["name"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Settings_NonAdminKey_Forbidden()
    {
        var key = await portal.Get<Lodestar.Domain.Accounts.ApiKeyService>().CreateAsync("sales", "Sales", "tests", Ct);
        using var client = portal.CreateApiClient(key.Secret);

        using var response = await client.GetAsync("/api/settings/users", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

}
