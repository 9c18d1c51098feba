namespace Lodestar.Portal.Client.Features.Identity;

/// <summary>The regions a national phone number (one written without +country code) can be read in.</summary>
public static class PhoneRegions
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        ("US", "United States"), ("CA", "Canada"), ("GB", "United Kingdom"), ("IE", "Ireland"), ("DE", "Germany"),
        ("FR", "France"), ("NL", "Netherlands"), ("BE", "Belgium"), ("ES", "Spain"), ("IT", "Italy"), ("SE", "Sweden"),
        ("NO", "Norway"), ("DK", "Denmark"), ("FI", "Finland"), ("CH", "Switzerland"), ("AT", "Austria"), ("PL", "Poland"),
        ("AU", "Australia"), ("NZ", "New Zealand"), ("JP", "Japan"), ("IN", "India"), ("BR", "Brazil"), ("MX", "Mexico"),
        ("ZA", "South Africa"), ("SG", "Singapore"),
    ];
}
