namespace Lodestar.Domain.Identity;

/// <summary>Settings of identity resolution (configuration section <c>Identity</c>).</summary>
public sealed class IdentityOptions
{
    /// <summary>Events per incremental batch; each batch is one transaction with its watermark.</summary>
    public int BatchSize { get; set; } = 20_000;
}
