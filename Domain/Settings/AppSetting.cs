namespace Lodestar.Domain.Settings;

/// <summary>A workspace-wide setting or piece of durable state, kept as text under a key.</summary>
public class AppSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime UpdatedAt { get; set; }
}
