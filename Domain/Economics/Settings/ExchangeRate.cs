namespace Lodestar.Domain.Economics.Settings;

/// <summary>A row of the rate table: one unit of <see cref="Currency"/> is worth <see cref="Rate"/> units of the workspace currency.</summary>
public class ExchangeRate
{
    public required string Currency { get; set; }

    public decimal Rate { get; set; }

    public DateTime UpdatedAt { get; set; }
}
