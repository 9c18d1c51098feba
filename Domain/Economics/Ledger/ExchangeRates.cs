using Lodestar.Domain.Money;

namespace Lodestar.Domain.Economics.Ledger;

/// <summary>
/// The configured rate table: how many units of the workspace currency one unit of another currency is worth. One
/// rate per currency for all dates, because the ledger reports what customers are worth in today's terms.
/// </summary>
public sealed class ExchangeRates(string workspaceCurrency, IReadOnlyDictionary<string, decimal> rates)
{
    public string WorkspaceCurrency { get; } = workspaceCurrency;

    public IReadOnlyDictionary<string, decimal> Rates { get; } = rates;

    /// <param name="currency">ISO code, any case; null or empty is the workspace currency.</param>
    /// <returns>False when the table has no rate for the currency.</returns>
    public bool TryConvert(long minor, string? currency, out long converted)
    {
        var code = string.IsNullOrWhiteSpace(currency) ? WorkspaceCurrency : currency.Trim().ToUpperInvariant();
        if (code == WorkspaceCurrency)
        {
            converted = minor;
            return true;
        }

        if (!Rates.TryGetValue(code, out var rate))
        {
            converted = 0;
            return false;
        }

        converted = Currencies.RoundToMinor(Currencies.ToMajor(minor, code) * rate, WorkspaceCurrency);
        return true;
    }
}
