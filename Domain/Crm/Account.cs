namespace Lodestar.Domain.Crm;

/// <summary>A company: its contacts, deals and tickets hang off it.</summary>
public class Account
{
    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Web domain, lower case, without scheme or www (e.g. <c>acme.com</c>).</summary>
    public string? Domain { get; set; }

    public string? Industry { get; set; }

    public string? Country { get; set; }

    public int? Employees { get; set; }

    public string? OwnerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
