using Lodestar.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Accounts;

/// <summary>
/// What an admin does with users: add them, give them roles, reset passwords, disable or remove them.
/// The workspace always keeps at least one enabled admin.
/// </summary>
public sealed class UserAdminService(UserManager<PortalUser> users, IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        return all.Select(u => Summarize(u, byUser[u.Id].Order().ToList())).ToList();
    }

    public async Task<UserSummary> GetAsync(string id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id);
        return Summarize(user, (await users.GetRolesAsync(user)).Order().ToList());
    }

    public async Task<CreatedUser> CreateAsync(string email, string? displayName, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var cleanEmail = email?.Trim() ?? "";
        ValidateRoles(roles);
        if (await users.FindByEmailAsync(cleanEmail) is not null)
            throw new DomainValidationException("email", $"A user with the email {cleanEmail} already exists.");
        var user = new PortalUser
        {
            UserName = cleanEmail,
            Email = cleanEmail,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var password = PasswordGenerator.Generate();
        Check(await users.CreateAsync(user, password), "email");
        Check(await users.AddToRolesAsync(user, roles), "roles");
        return new CreatedUser(Summarize(user, roles.Order().ToList()), password);
    }

    public async Task<UserSummary> UpdateAsync(string id, string? displayName, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        ValidateRoles(roles);
        var user = await FindAsync(id);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(PortalRoleNames.Admin) && !roles.Contains(PortalRoleNames.Admin))
            await EnsureAnotherAdminAsync(user, cancellationToken);
        user.DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        Check(await users.UpdateAsync(user), "displayName");
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)), "roles");
        Check(await users.AddToRolesAsync(user, roles.Except(current)), "roles");
        return Summarize(user, roles.Order().ToList());
    }

    /// <summary>A disabled user cannot sign in; their sessions end at the next security-stamp check.</summary>
    public async Task SetDisabledAsync(string id, bool disabled, string? actingUserId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id);
        if (disabled && user.Id == actingUserId)
            throw new DomainValidationException("id", "You cannot disable your own account.");
        if (disabled && await users.IsInRoleAsync(user, PortalRoleNames.Admin))
            await EnsureAnotherAdminAsync(user, cancellationToken);
        Check(await users.SetLockoutEnabledAsync(user, true), "id");
        Check(await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null), "id");
        Check(await users.UpdateSecurityStampAsync(user), "id");
    }

    public async Task<string> ResetPasswordAsync(string id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id);
        var password = PasswordGenerator.Generate();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, password), "password");
        return password;
    }

    public async Task DeleteAsync(string id, string? actingUserId, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id);
        if (user.Id == actingUserId)
            throw new DomainValidationException("id", "You cannot delete your own account.");
        if (await users.IsInRoleAsync(user, PortalRoleNames.Admin))
            await EnsureAnotherAdminAsync(user, cancellationToken);
        Check(await users.DeleteAsync(user), "id");
        // Nobody else may delete a person's views, so shared ones would stay for good once their owner is gone.
        await using var db = contexts.CreateDbContext();
        await db.SavedViews.Where(v => v.OwnerUserId == id).ExecuteDeleteAsync(cancellationToken);
    }

    /// <returns>The user's id, or null when no user has the email.</returns>
    public async Task<string?> RecordSignInAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
            return null;
        user.LastSignInAt = time.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        return user.Id;
    }

    /// <returns>The id of the user with the email, or null.</returns>
    public async Task<string?> FindIdAsync(string email) => (await users.FindByEmailAsync(email))?.Id;

    private async Task<PortalUser> FindAsync(string id) =>
        await users.FindByIdAsync(id) ?? throw new NotFoundException($"There is no user with id {id}.");

    private async Task EnsureAnotherAdminAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var admins = await users.GetUsersInRoleAsync(PortalRoleNames.Admin);
        if (!admins.Any(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now)))
            throw new DomainValidationException("roles", "This is the last enabled admin. Make another user an admin first.");
    }

    private static void ValidateRoles(IReadOnlyList<string> roles)
    {
        var unknown = roles.Where(r => !PortalRoleNames.IsKnown(r)).ToList();
        if (unknown.Count > 0)
            throw new DomainValidationException("roles",
                $"Unknown role {string.Join(", ", unknown)}; the roles are {string.Join(", ", PortalRoleNames.All)}.");
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
            throw new DomainValidationException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private UserSummary Summarize(PortalUser u, IReadOnlyList<string> roles) => new(u.Id, u.Email ?? u.UserName ?? u.Id,
        u.DisplayName, roles, u.LockoutEnd > time.GetUtcNow(), u.CreatedAt, u.LastSignInAt);
}
