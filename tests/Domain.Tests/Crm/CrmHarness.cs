using Lodestar.Domain.Accounts;
using Lodestar.Domain.Crm;
using Lodestar.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Tests.Crm;

/// <summary>A real SQLite workspace with the CRM's services and a portal user to own records.</summary>
internal static class CrmHarness
{
    public static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public static ContactFields Jane(string? email = "jane@example.com") => new()
    {
        FirstName = "Jane", LastName = "Doe", Email = email, Phone = "+44 20 7946 0958", BirthDate = new DateOnly(1980, 3, 2),
        Street = "High St", StreetNumber = "12", City = "Leeds", Postcode = "LS1 4AP", Country = "UK",
    };

    /// <summary>A workspace whose clock stands still at <paramref name="clock"/>'s time until the test moves it.</summary>
    public static Task<DomainTestHost> StartAsync(FakeTimeProvider clock, IDictionary<string, string?>? settings = null) =>
        DomainTestHost.StartAsync(settings, s => s.AddSingleton<TimeProvider>(clock));

    public static async Task<string> AddUserAsync(DomainTestHost host, string name)
    {
        await using var db = host.CreateDbContext();
        var user = new PortalUser { UserName = $"{name}@example.com", Email = $"{name}@example.com", DisplayName = name };
        db.Users.Add(user);
        await db.SaveChangesAsync(Ct);
        return user.Id;
    }
}
