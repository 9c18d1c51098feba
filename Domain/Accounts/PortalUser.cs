using Microsoft.AspNetCore.Identity;

namespace Lodestar.Domain.Accounts;

/// <summary>A person who signs in to the portal.</summary>
public class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }
}
