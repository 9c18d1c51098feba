namespace Lodestar.Domain.Accounts;

/// <summary>The admin to create when no user exists (<c>Auth:BootstrapAdmin</c>).</summary>
public sealed class BootstrapAdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
