namespace Lodestar.Domain.Accounts;

/// <summary>A management API key. Only its SHA-256 hash is stored; the secret is shown once at creation.</summary>
public class ApiKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key, shown in lists so people can tell keys apart.</summary>
    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public required string Role { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
