using System.Text.Json;

namespace Lodestar.Domain.Destinations.AdPlatform;

/// <summary>The platforms' request bodies for a list of customers.</summary>
public static class CustomerListPayloads
{
    /// <summary>Meta's multi-key schema: each data row is [hashed email, hashed phone], "" where one is missing.</summary>
    public static IReadOnlyList<string> MetaSchema { get; } = ["EMAIL", "PHONE"];

    /// <summary>
    /// Google Ads OfflineUserDataJobService.AddOfflineUserDataJobOperations: one <c>create</c> (or <c>remove</c>)
    /// operation per customer, with partial failure on so one bad identifier does not refuse the rest.
    /// </summary>
    public static byte[] Google(IEnumerable<HashedCustomer> customers, LedgerAction action, bool validateOnly = false)
    {
        var operation = action == LedgerAction.Add ? "create" : "remove";
        var body = new Dictionary<string, object>
        {
            ["operations"] = customers.Select(c => new Dictionary<string, object> { [operation] = new { userIdentifiers = GoogleIdentifiers(c) } }),
            ["enablePartialFailure"] = true,
        };
        if (validateOnly)
            body["validateOnly"] = true;
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    /// <summary>Meta Custom Audience <c>/{audience}/users</c> (POST adds, DELETE removes).</summary>
    public static byte[] Meta(IEnumerable<HashedCustomer> customers) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        payload = new { schema = MetaSchema, data = customers.Select(c => new[] { c.Email ?? "", c.Phone ?? "" }) },
    });

    private static List<Dictionary<string, string>> GoogleIdentifiers(HashedCustomer customer)
    {
        var identifiers = new List<Dictionary<string, string>>(2);
        if (customer.Email is not null)
            identifiers.Add(new() { ["hashedEmail"] = customer.Email });
        if (customer.Phone is not null)
            identifiers.Add(new() { ["hashedPhoneNumber"] = customer.Phone });
        return identifiers;
    }
}
