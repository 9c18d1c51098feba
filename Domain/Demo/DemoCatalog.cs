namespace Lodestar.Domain.Demo;

/// <summary>The fixed lists the demo workspace is drawn from. Changing them changes every generated data set.</summary>
internal static class DemoCatalog
{
    public static readonly DemoChannel[] Channels =
    [
        new("Paid Search", 0.25, "google", "cpc", ["brand-search", "generic-search", "competitor-search"], "https://www.google.com/", 0.34, 0.58, 8_200),
        new("Paid Social", 0.20, "facebook", "paid_social", ["spring-promo", "retargeting", "lookalike-q3"], "https://www.facebook.com/", 0.24, 0.45, 6_100),
        new("Organic Search", 0.20, null, null, [], "https://www.google.com/", 0.38, 0.60, 9_300),
        new("Email", 0.10, "newsletter", "email", ["weekly-digest", "winback", "product-launch"], null, 0.50, 0.66, 10_400),
        new("Referral", 0.10, "partner-blog", "referral", ["partner-reviews", "affiliate-top10"], "https://www.techradar.example/", 0.45, 0.62, 11_200),
        new("Direct", 0.15, null, null, [], null, 0.30, 0.55, 9_600),
    ];

    public static readonly string[] FirstNames =
    [
        "Olivia", "Liam", "Emma", "Noah", "Ava", "Oliver", "Sophia", "Elijah", "Isabella", "James", "Mia", "William",
        "Amelia", "Benjamin", "Harper", "Lucas", "Evelyn", "Henry", "Abigail", "Alexander", "Emily", "Daniel", "Ella",
        "Michael", "Chloe", "Mateo", "Grace", "Jack", "Zoe", "Samuel", "Hannah", "David", "Leah", "Joseph", "Nora",
        "Aisha", "Wei", "Priya", "Kenji", "Fatima", "Diego", "Ingrid", "Tomasz", "Yuki", "Omar", "Lucia", "Sven",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green", "Kowalski", "Tanaka",
        "Okafor", "Schmidt", "Rossi", "Dubois", "Larsen", "Singh", "Chen", "Haddad",
    ];

    public static readonly string[] EmailDomains = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "fastmail.com"];

    public static readonly string[] Plans = ["free", "starter", "pro", "business"];

    public static readonly (string Path, string Title)[] Pages =
    [
        ("/", "Lumen Goods — Home"), ("/pricing", "Pricing"), ("/features", "Features"), ("/blog/choosing-a-lamp", "Choosing a lamp"),
        ("/blog/desk-setup", "The perfect desk setup"), ("/about", "About us"), ("/shop", "Shop"), ("/shop/lighting", "Lighting"),
        ("/shop/desks", "Desks"), ("/shop/accessories", "Accessories"), ("/help", "Help centre"),
    ];

    public static readonly (string Id, string Name, string Category, long PriceCents)[] Products =
    [
        ("P-1001", "Arc Desk Lamp", "Lighting", 4_900), ("P-1002", "Halo Floor Lamp", "Lighting", 12_900),
        ("P-1003", "Oak Standing Desk", "Desks", 54_900), ("P-1004", "Walnut Desk Shelf", "Desks", 8_900),
        ("P-1005", "Felt Desk Mat", "Accessories", 2_900), ("P-1006", "Cable Tidy Kit", "Accessories", 1_900),
        ("P-1007", "Monitor Arm", "Accessories", 11_900), ("P-1008", "Ergo Chair Cushion", "Accessories", 3_900),
        ("P-1009", "Smart Bulb 4-pack", "Lighting", 5_900), ("P-1010", "Ceramic Pen Pot", "Accessories", 1_500),
    ];

    public static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
    ];

    public static readonly string[] Industries = ["Software", "Retail", "Education", "Healthcare", "Media", "Finance"];

    public static readonly string[] Countries = ["US", "GB", "DE", "FR", "AU", "CA", "NL", "SE", "JP", "IN"];
}
