using System.Text.Json;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>
/// Reads Google Ads' partialFailureError: each error's location names the operation (operations[i]) it refused, so
/// only those customers fail and the rest of the request stands.
/// </summary>
public static class GooglePartialFailures
{
    public static IReadOnlyDictionary<long, string> Read(string body, IReadOnlyList<HashedCustomer> customers)
    {
        var refused = new Dictionary<long, string>();
        if (string.IsNullOrWhiteSpace(body))
            return refused;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("partialFailureError", out var failure)
                || !failure.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
                return refused;
            foreach (var error in details.EnumerateArray().Where(d => d.TryGetProperty("errors", out _)).SelectMany(d => d.GetProperty("errors").EnumerateArray()))
            {
                if (OperationIndex(error) is { } index && index < customers.Count)
                    refused.TryAdd(customers[index].LedgerEntryId, error.TryGetProperty("message", out var m) ? m.GetString() ?? "Refused by Google." : "Refused by Google.");
            }
        }
        catch (JsonException)
        {
            // An answer that is not Google's JSON refused nothing in particular.
        }

        return refused;
    }

    private static int? OperationIndex(JsonElement error)
    {
        if (!error.TryGetProperty("location", out var location) || !location.TryGetProperty("fieldPathElements", out var path)
                                                                  || path.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var element in path.EnumerateArray())
        {
            if (element.TryGetProperty("fieldName", out var name) && name.GetString() == "operations"
                                                                   && element.TryGetProperty("index", out var index) && index.TryGetInt32(out var i))
                return i;
        }

        return null;
    }
}
