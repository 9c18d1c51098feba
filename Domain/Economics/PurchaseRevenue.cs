using System.Globalization;
using System.Text.Json;
using Lodestar.Domain.Money;

namespace Lodestar.Domain.Economics;

/// <summary>
/// The amount of an <c>Order Completed</c> event (Segment's e-commerce spec): <c>properties.revenue</c>, else
/// <c>properties.total</c>, a number or numeric text in major units, rounded half away from zero to minor units.
/// </summary>
public static class PurchaseRevenue
{
    /// <param name="props">The event's <c>{"properties":…,"context":…}</c> as segments store it.</param>
    /// <returns>The amount in minor units; 0 when neither field holds a number (the order still counts as a purchase).</returns>
    public static long MinorUnits(string props, string currency)
    {
        using var document = JsonDocument.Parse(props);
        if (!document.RootElement.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            return 0;
        // Amounts beyond a quadrillion are not orders; reading them as none keeps one bad event from overflowing the sums.
        return (Amount(properties, "revenue") ?? Amount(properties, "total")) is { } major && Math.Abs(major) < 1e15m
            ? Currencies.RoundToMinor(major, currency)
            : 0;
    }

    private static decimal? Amount(JsonElement properties, string name)
    {
        if (!properties.TryGetProperty(name, out var field))
            return null;
        return field.ValueKind switch
        {
            JsonValueKind.Number when field.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(field.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var text) => text,
            _ => null,
        };
    }
}
