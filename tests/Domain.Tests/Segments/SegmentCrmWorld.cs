using System.Globalization;
using Lodestar.Domain.Crm;
using Lodestar.Domain.Crm.Deals;
using Lodestar.Domain.Identity;
using Lodestar.Domain.Segments;
using Lodestar.Domain.Segments.Rules;
using Lodestar.Domain.Tests.Crm;
using Lodestar.Testing;

namespace Lodestar.Domain.Tests.Segments;

/// <summary>
/// <see cref="SegmentWorld"/> with a CRM, created through the Domain's services and joined to the people by identity
/// resolution (contacts by email). Shared by the tests of a class: they only read it.
/// Accounts: Acme (acme.com, Software, US, 250 employees), Globex (globex.com, Retail, DE, 40), Initech (no fields).
/// Contacts (owners are the users Olga and Pete): alice (Acme, Olga); bob (Globex, Pete); erin twice (Initech, no
/// owner; no account, Pete); gina, a person only the CRM knows (Globex, Olga).
/// Deals: alice in Proposal; bob in Qualified and Closed won; gina in Proposal; one in Proposal without a contact.
/// Tickets: alice new and solved; bob solved and closed; erin new (first contact), pending and solved (second);
/// gina open; one open without a contact.
/// Segment "Fans" (members stored as rows): alice, gina and 9999, a profile that does not live.
/// </summary>
public sealed class SegmentCrmWorld : IAsyncLifetime
{
    public const long Qualified = 1;
    public const long Proposal = 3;
    public const long Won = 5;

    internal SegmentWorld World { get; private set; } = null!;

    internal DomainTestHost Host => World.Host;

    internal string Olga { get; private set; } = "";

    internal string Pete { get; private set; } = "";

    internal long FansId { get; private set; }

    private static CancellationToken Ct => SegmentWorld.Ct;

    /// <summary>A rule with its placeholders ({olga}, {pete}, {fans}) filled in.</summary>
    internal RuleGroup Rule(string json) => Fill(json, Olga, Pete, FansId);

    /// <summary>A rule with its placeholders filled in with the given owners and segment.</summary>
    internal static RuleGroup Fill(string json, string olga, string pete, long fans) => SegmentRuleJson.Parse(json.Replace("{olga}", olga, StringComparison.Ordinal)
        .Replace("{pete}", pete, StringComparison.Ordinal).Replace("{fans}", fans.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    public async ValueTask InitializeAsync()
    {
        World = await SegmentWorld.StartAsync();
        Olga = await CrmHarness.AddUserAsync(Host, "Olga");
        Pete = await CrmHarness.AddUserAsync(Host, "Pete");
        var accounts = Host.Get<AccountService>();
        var acme = (await accounts.CreateAsync(new AccountFields { Name = "Acme", Domain = "acme.com", Industry = "Software", Country = "US", Employees = 250 }, "test", Ct)).Account.Id;
        var globex = (await accounts.CreateAsync(new AccountFields { Name = "Globex", Domain = "globex.com", Industry = "Retail", Country = "DE", Employees = 40 }, "test", Ct)).Account.Id;
        var initech = (await accounts.CreateAsync(new AccountFields { Name = "Initech" }, "test", Ct)).Account.Id;

        var alice = await ContactAsync("Alice", "alice@example.com", acme, Olga);
        var bob = await ContactAsync("Bob", "bob@example.com", globex, Pete);
        var erin = await ContactAsync("Erin", "erin@example.com", initech, null);
        var erinAgain = await ContactAsync("Erin", "erin@example.com", null, Pete);
        var gina = await ContactAsync("Gina", "gina@example.com", globex, Olga);

        await DealAsync(alice, Proposal);
        await DealAsync(bob, Qualified);
        await DealAsync(bob, Won);
        await DealAsync(gina, Proposal);
        await DealAsync(null, Proposal);

        await TicketAsync(alice, "new");
        await TicketAsync(alice, "solved");
        await TicketAsync(bob, "solved");
        await TicketAsync(bob, "closed");
        await TicketAsync(erin, "new");
        await TicketAsync(erinAgain, "pending");
        await TicketAsync(erinAgain, "solved");
        await TicketAsync(gina, "open");
        await TicketAsync(null, "open");

        await Host.Get<IdentityResolutionService>().RunIncrementalAsync(null, Ct);
        await AddFansAsync(alice, gina);
    }

    private async Task<long> ContactAsync(string name, string email, long? accountId, string? ownerId)
    {
        var fields = new ContactFields { FirstName = name, LastName = "Test", Email = email, AccountId = accountId, OwnerId = ownerId };
        return (await Host.Get<ContactService>().CreateAsync(fields, "test", Ct)).Contact.Id;
    }

    private Task DealAsync(long? contactId, long stageId) => Host.Get<DealService>().CreateAsync(new DealFields
    {
        Name = "Renewal", Amount = 100_000, Currency = "USD", StageId = stageId, ContactId = contactId,
        CloseReason = stageId == Won ? "Best fit" : null,
    }, "test", Ct);

    private Task TicketAsync(long? contactId, string status) =>
        Host.Get<TicketService>().CreateAsync(new TicketFields { Subject = "Help", Status = status, ContactId = contactId }, "test", Ct);

    /// <summary>The segment "Fans" with the profiles of two contacts and one id no living profile has.</summary>
    private async Task AddFansAsync(params long[] contactIds)
    {
        await using var db = Host.CreateDbContext();
        var keys = contactIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var profiles = db.ProfileIdentifiers.Where(i => i.Type == CrmMessages.ContactIdType && keys.Contains(i.Value)).Select(i => i.ProfileId).ToList();
        var fans = new Segment { Name = "Fans", Kind = SegmentKind.Static, CreatedBy = "test", UpdatedBy = "test", CreatedAt = SegmentWorld.Now, UpdatedAt = SegmentWorld.Now };
        db.Segments.Add(fans);
        await db.SaveChangesAsync(Ct);
        db.SegmentMembers.AddRange(profiles.Append(9999).Select(p => new SegmentMember { SegmentId = fans.Id, ProfileId = p, EnteredAt = SegmentWorld.Now }));
        await db.SaveChangesAsync(Ct);
        FansId = fans.Id;
    }

    public async ValueTask DisposeAsync()
    {
        if (World is not null)
            await World.DisposeAsync();
    }
}
