using Lodestar.Domain.Accounts;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Accounts;

public sealed class ApiKeyServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuthenticateAsync_CreatedKey_ActsWithItsRoleUntilRevoked()
    {
        await using var host = await DomainTestHost.StartAsync();
        var keys = host.Get<ApiKeyService>();
        var created = await keys.CreateAsync("Nightly export", PortalRoleNames.Marketer, "admin@localhost", Ct);

        var before = await keys.AuthenticateAsync(created.Secret, Ct);
        await keys.RevokeAsync(created.Key.Id, Ct);
        var after = await keys.AuthenticateAsync(created.Secret, Ct);

        Assert.Equal(PortalRoleNames.Marketer, before?.Role);
        Assert.Null(after);
        Assert.StartsWith(created.Key.Prefix + "_", created.Secret);
        Assert.DoesNotContain(created.Secret, (await keys.ListAsync(Ct)).Select(k => k.Hash));
    }

    [Fact]
    public async Task AuthenticateAsync_BootstrapKeyConfigured_ActsAsAdmin()
    {
        await using var host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Auth:BootstrapApiKey"] = "boot-key-123" });

        var identity = await host.Get<ApiKeyService>().AuthenticateAsync("boot-key-123", Ct);
        var wrong = await host.Get<ApiKeyService>().AuthenticateAsync("boot-key-124", Ct);

        Assert.Equal(PortalRoleNames.Admin, identity?.Role);
        Assert.Null(wrong);
    }

    [Fact]
    public async Task CreateAsync_UnknownRoleAndEmptyName_RefusedNamingBothFields()
    {
        await using var host = await DomainTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            host.Get<ApiKeyService>().CreateAsync(" ", "Superuser", null, Ct));

        Assert.Equal(["name", "role"], error.Errors.Keys.Order());
        Assert.Empty(await host.Get<ApiKeyService>().ListAsync(Ct));
    }
}
