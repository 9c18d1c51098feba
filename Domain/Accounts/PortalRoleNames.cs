namespace Lodestar.Domain.Accounts;

/// <summary>
/// The portal's roles. Portal.Client keeps the same names in <c>PortalRoles</c> (it may not reference Domain);
/// a test keeps the two lists equal.
/// </summary>
public static class PortalRoleNames
{
    public const string Admin = "Admin";
    public const string Marketer = "Marketer";
    public const string Executive = "Executive";
    public const string ProductManager = "ProductManager";
    public const string Sales = "Sales";

    public static IReadOnlyList<string> All { get; } = [Admin, Marketer, Executive, ProductManager, Sales];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
