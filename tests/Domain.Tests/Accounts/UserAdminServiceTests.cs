using Lodestar.Domain.Accounts;
using Lodestar.Domain.Crm.Views;
using Lodestar.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Accounts;

public sealed class UserAdminServiceTests
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;

    private static async Task<(DomainTestHost Host, AsyncServiceScope Scope, UserAdminService Users, CreatedUser Admin)> StartAsync()
    {
        var host = await DomainTestHost.StartAsync();
        var scope = host.Services.CreateAsyncScope();
        var bootstrap = scope.ServiceProvider.GetRequiredService<AccountBootstrapper>();
        await bootstrap.EnsureRolesAsync();
        var admin = (await bootstrap.EnsureAdminAsync())!;
        return (host, scope, scope.ServiceProvider.GetRequiredService<UserAdminService>(), admin);
    }

    [Fact]
    public async Task EnsureAdminAsync_NoUsers_CreatesAdminAtLocalhostOnlyOnce()
    {
        var (host, scope, users, admin) = await StartAsync();
        await using var _ = host;
        await using var __ = scope;

        var again = await scope.ServiceProvider.GetRequiredService<AccountBootstrapper>().EnsureAdminAsync();

        Assert.Equal("admin@localhost", admin.User.Email);
        Assert.Null(again);
        var signIn = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await signIn.CheckPasswordAsync((await signIn.FindByEmailAsync("admin@localhost"))!, admin.Password));
        Assert.Equal([PortalRoleNames.Admin], (await users.ListAsync(Ct)).Single().Roles);
    }

    [Fact]
    public async Task UpdateAsync_RemovingAdminFromLastAdmin_RefusedAndRolesUnchanged()
    {
        var (host, scope, users, admin) = await StartAsync();
        await using var _ = host;
        await using var __ = scope;

        var error = await Assert.ThrowsAsync<DomainValidationException>(() =>
            users.UpdateAsync(admin.User.Id, null, [PortalRoleNames.Marketer], Ct));

        Assert.Contains("last enabled admin", error.Message);
        Assert.Equal([PortalRoleNames.Admin], (await users.ListAsync(Ct)).Single().Roles);
    }

    [Fact]
    public async Task CreateAsync_NewUser_GetsRolesAndAWorkingPassword()
    {
        var (host, scope, users, admin) = await StartAsync();
        await using var _ = host;
        await using var __ = scope;

        var created = await users.CreateAsync("mara@example.com", "Mara", [PortalRoleNames.Marketer, PortalRoleNames.Sales], Ct);
        var reset = await users.ResetPasswordAsync(created.User.Id, Ct);

        var manager = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var stored = (await manager.FindByEmailAsync("mara@example.com"))!;
        Assert.True(await manager.CheckPasswordAsync(stored, reset));
        Assert.False(await manager.CheckPasswordAsync(stored, created.Password));
        Assert.Equal([PortalRoleNames.Marketer, PortalRoleNames.Sales], (await users.ListAsync(Ct)).Single(u => u.Email == "mara@example.com").Roles);
    }

    [Fact]
    public async Task CreateAsync_DuplicateEmailOrUnknownRole_Refused()
    {
        var (host, scope, users, _) = await StartAsync();
        await using var _h = host;
        await using var _s = scope;

        await Assert.ThrowsAsync<DomainValidationException>(() => users.CreateAsync("admin@localhost", null, [], Ct));
        await Assert.ThrowsAsync<DomainValidationException>(() => users.CreateAsync("x@example.com", null, ["Owner"], Ct));
        Assert.Single(await users.ListAsync(Ct));
    }

    [Fact]
    public async Task SetDisabledAsync_Self_RefusedOther_Disabled()
    {
        var (host, scope, users, admin) = await StartAsync();
        await using var _ = host;
        await using var __ = scope;
        var other = await users.CreateAsync("sam@example.com", null, [PortalRoleNames.Sales], Ct);

        await Assert.ThrowsAsync<DomainValidationException>(() => users.SetDisabledAsync(admin.User.Id, true, admin.User.Id, Ct));
        await users.SetDisabledAsync(other.User.Id, true, admin.User.Id, Ct);

        Assert.True((await users.ListAsync(Ct)).Single(u => u.Id == other.User.Id).Disabled);
    }

    [Fact]
    public async Task DeleteAsync_UserWithASharedView_TheirViewsGoWithThem()
    {
        var (host, scope, users, admin) = await StartAsync();
        await using var _ = host;
        await using var __ = scope;
        var sam = await users.CreateAsync("sam@example.com", null, [PortalRoleNames.Sales], Ct);
        var views = host.Get<SavedViewService>();
        await views.CreateAsync(new SavedViewFields("contacts", "Sam's team", true, "{}"), sam.User.Id, Ct);

        await users.DeleteAsync(sam.User.Id, admin.User.Id, Ct);

        Assert.Empty(await views.ListAsync("contacts", admin.User.Id, Ct));
    }
}
