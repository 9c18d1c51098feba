using System.Globalization;

namespace Lodestar.Domain.Crm;

/// <summary>An account's fields as the history shows them.</summary>
internal static class AccountFieldValues
{
    public static IReadOnlyList<(string Field, string? Value)> Of(Account a, string? ownerName) =>
    [
        ("name", a.Name), ("domain", a.Domain), ("industry", a.Industry), ("country", a.Country),
        ("employees", a.Employees?.ToString(CultureInfo.InvariantCulture)), ("owner", ownerName),
    ];

    public static void Apply(Account a, AccountFields f)
    {
        a.Name = f.Name!;
        a.Domain = f.Domain;
        a.Industry = f.Industry;
        a.Country = f.Country;
        a.Employees = f.Employees;
        a.OwnerId = f.OwnerId;
    }
}
