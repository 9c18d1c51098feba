namespace Lodestar.Benchmarks;

/// <summary>The rules segments-r1 times, over the R1 demo data (traits plan/createdAt, page views, product and order events).</summary>
public static class SegmentsR1Rules
{
    /// <summary>The end of the R1 data's 12 months.</summary>
    public static readonly DateTime Now = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);

    public const string Preview = """
        {"match":"all","children":[
          {"kind":"trait","trait":"plan","test":{"type":"string","operator":"inList","values":["pro","business"]}},
          {"kind":"event","event":"Product Viewed","count":2,"window":{"lastDays":30},"where":[{"property":"properties.price","test":{"type":"number","operator":"greaterThan","value":"20"}}]},
          {"kind":"computed","event":"Order Completed","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"300"}}]}
        """;

    /// <summary>Twenty saved segments of the kinds marketers keep: plans, recency, spend, channels, page interest.</summary>
    public static IEnumerable<(string Name, string Rule)> Saved()
    {
        string[] plans = ["free", "starter", "pro", "business"];
        foreach (var plan in plans)
            yield return ($"Plan {plan}", Trait("plan", "string", "equals", plan));
        foreach (var days in new[] { 7, 30, 90 })
            yield return ($"Ordered in the last {days} days", $$$"""{"match":"all","children":[{"kind":"event","event":"Order Completed","window":{"lastDays":{{{days}}}}}]}""");
        foreach (var total in new[] { 100, 300, 1000 })
            yield return ($"Spent over {total}", $$$"""{"match":"all","children":[{"kind":"computed","event":"Order Completed","aggregation":"sum","property":"properties.revenue","test":{"type":"number","operator":"greaterThan","value":"{{{total}}}"}}]}""");
        foreach (var source in new[] { "google", "facebook", "newsletter" })
            yield return ($"Came from {source}", $$$"""{"match":"all","children":[{"kind":"event","event":"Product Viewed","where":[{"property":"context.campaign.source","test":{"type":"string","operator":"equals","value":"{{{source}}}"}}]}]}""");
        foreach (var page in new[] { "Pricing", "Features", "Help centre" })
            yield return ($"Viewed {page} 3+ times", $$$"""{"match":"all","children":[{"kind":"event","event":"{{{page}}}","count":3,"window":{"lastDays":90}}]}""");
        yield return ("Signed up, never ordered", """{"match":"all","children":[{"kind":"trait","trait":"createdAt","test":{"type":"date","operator":"exists"}},{"kind":"event","event":"Order Completed","performed":false}]}""");
        yield return ("Added to cart, no checkout", """{"match":"all","children":[{"kind":"event","event":"Product Added","window":{"lastDays":30}},{"kind":"group","match":"none","children":[{"kind":"event","event":"Checkout Started","window":{"lastDays":30}}]}]}""");
        yield return ("Most often from google", """{"match":"all","children":[{"kind":"computed","event":"Product Viewed","aggregation":"mostFrequent","property":"context.campaign.source","test":{"type":"string","operator":"equals","value":"google"}}]}""");
        yield return ("Pro or business, active", """{"match":"any","children":[{"kind":"trait","trait":"plan","test":{"type":"string","operator":"inList","values":["pro","business"]}},{"kind":"event","event":"Product Viewed","count":5,"window":{"lastDays":14}}]}""");
    }

    private static string Trait(string trait, string type, string op, string value) =>
        $$$"""{"match":"all","children":[{"kind":"trait","trait":"{{{trait}}}","test":{"type":"{{{type}}}","operator":"{{{op}}}","value":"{{{value}}}"}}]}""";
}
