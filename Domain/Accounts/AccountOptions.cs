namespace Lodestar.Domain.Accounts;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AccountOptions
{
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>An admin API key that works while it is configured (for automation and first set-up).</summary>
    public string? BootstrapApiKey { get; set; }
}
