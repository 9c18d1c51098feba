using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lodestar.Domain.Accounts;

/// <summary>First start: the roles exist, and so does an admin to sign in with.</summary>
public sealed class AccountBootstrapper(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AccountOptions> options,
    TimeProvider time)
{
    public const string DefaultAdminEmail = "admin@localhost";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in PortalRoleNames.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    /// <returns>The admin created now with the password to print, or null when users already exist.</returns>
    public async Task<CreatedUser?> EnsureAdminAsync()
    {
        if (users.Users.Any())
            return null;
        var configured = options.Value.BootstrapAdmin;
        var email = string.IsNullOrWhiteSpace(configured.Email) ? DefaultAdminEmail : configured.Email.Trim();
        var password = string.IsNullOrEmpty(configured.Password) ? PasswordGenerator.Generate() : configured.Password;
        var admin = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
            throw new InvalidOperationException(
                $"Could not create the admin {email}: {string.Join(" ", created.Errors.Select(e => e.Description))} Check Auth:BootstrapAdmin.");
        await users.AddToRoleAsync(admin, PortalRoleNames.Admin);
        var summary = new UserSummary(admin.Id, email, admin.DisplayName, [PortalRoleNames.Admin], false, admin.CreatedAt, null);
        return new CreatedUser(summary, password);
    }
}
