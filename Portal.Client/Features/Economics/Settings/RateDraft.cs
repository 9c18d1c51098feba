namespace Lodestar.Portal.Client.Features.Economics.Settings;

/// <summary>One line of the rate table as edited: how many units of the workspace currency one <see cref="Currency"/> is worth.</summary>
public sealed class RateDraft
{
    public string? Currency { get; set; }

    public decimal? Rate { get; set; }

    /// <summary>The code as the server names it in errors (<c>rates.EUR</c>).</summary>
    public string Code => Currency?.Trim().ToUpperInvariant() ?? "";
}
