namespace Lodestar.Domain.Sources;

/// <summary>Where tracking messages come from (a website, an app, a server). Identified by its write key.</summary>
public class Source
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Write keys are not secrets (they ship in browser snippets), so they are stored as they are.</summary>
    public required string WriteKey { get; set; }

    public bool Enabled { get; set; } = true;

    public bool IsDefault { get; set; }

    public DateTime CreatedAt { get; set; }
}
