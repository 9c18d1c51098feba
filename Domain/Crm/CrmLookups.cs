using System.Globalization;
using Lodestar.Domain.Data;
using Lodestar.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>Names and links the CRM's pages show beside records: owners, accounts, and contacts' profiles.</summary>
internal static class CrmLookups
{
    public static async Task<Dictionary<string, string>> OwnerNamesAsync(PortalDbContext db, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        return await db.Users.Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, OwnerName, cancellationToken);
    }

    /// <summary>How the CRM names a user who owns records.</summary>
    public static string OwnerName(Accounts.PortalUser user) => user.DisplayName ?? user.Email ?? user.UserName ?? user.Id;

    /// <summary>Adds an error under <paramref name="field"/> when it names no portal user.</summary>
    /// <param name="role">What the user would be to the record ("owner", "assignee").</param>
    public static async Task CheckOwnerAsync(PortalDbContext db, string? ownerId, Dictionary<string, string[]> errors, CancellationToken cancellationToken,
        string field = "ownerId", string role = "owner")
    {
        if (ownerId is not null && !await db.Users.AnyAsync(u => u.Id == ownerId, cancellationToken))
            CrmFieldRules.Add(errors, field, $"The {role} is not a portal user: pick one from the list or leave it empty.");
    }

    /// <summary>Adds an error under <c>accountId</c> when there is no such account.</summary>
    public static async Task CheckAccountAsync(PortalDbContext db, long? accountId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (accountId is { } id && !await db.CrmAccounts.AnyAsync(a => a.Id == id, cancellationToken))
            CrmFieldRules.Add(errors, "accountId", $"There is no account with id {id}: pick an existing account or leave it empty.");
    }

    /// <summary>Adds an error under <c>contactId</c> when there is no such contact.</summary>
    public static async Task CheckContactAsync(PortalDbContext db, long? contactId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (contactId is { } id && !await db.Contacts.AnyAsync(c => c.Id == id, cancellationToken))
            CrmFieldRules.Add(errors, "contactId", $"There is no contact with id {id}: pick an existing contact or leave it empty.");
    }

    /// <summary>Adds an error under <c>dealId</c> when there is no such deal.</summary>
    public static async Task CheckDealAsync(PortalDbContext db, long? dealId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (dealId is { } id && !await db.Deals.AnyAsync(d => d.Id == id, cancellationToken))
            CrmFieldRules.Add(errors, "dealId", $"There is no deal with id {id}: pick an existing deal or leave it empty.");
    }

    /// <summary>Adds an error under <c>ticketId</c> when there is no such ticket.</summary>
    public static async Task CheckTicketAsync(PortalDbContext db, long? ticketId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (ticketId is { } id && !await db.CrmTickets.AnyAsync(t => t.Id == id, cancellationToken))
            CrmFieldRules.Add(errors, "ticketId", $"There is no ticket with id {id}: pick an existing ticket or leave it empty.");
    }

    public static async Task<Dictionary<long, string>> DealNamesAsync(PortalDbContext db, IEnumerable<long?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.Deals.Where(d => wanted.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
    }

    public static async Task<Dictionary<long, string>> TicketSubjectsAsync(PortalDbContext db, IEnumerable<long?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        return wanted.Count == 0 ? [] : await db.CrmTickets.Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Subject, cancellationToken);
    }

    public static async Task<Dictionary<long, string>> AccountNamesAsync(PortalDbContext db, IEnumerable<long?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        return await db.CrmAccounts.Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
    }

    public static async Task<Dictionary<long, string>> ContactNamesAsync(PortalDbContext db, IEnumerable<long?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<long>().Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        return await db.Contacts.Where(c => wanted.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.FirstName + " " + c.LastName, cancellationToken);
    }

    /// <summary>The living profile each contact resolved to (through its <see cref="CrmMessages.ContactIdType"/> identifier).</summary>
    public static async Task<Dictionary<long, long>> ProfilesOfAsync(PortalDbContext db, IEnumerable<long> contactIds, CancellationToken cancellationToken)
    {
        var values = contactIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).Distinct().ToList();
        if (values.Count == 0)
            return [];
        var rows = await db.ProfileIdentifiers.Where(i => i.Type == CrmMessages.ContactIdType && values.Contains(i.Value))
            .Select(i => new { i.Value, i.ProfileId }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => long.Parse(r.Value, CultureInfo.InvariantCulture), r => r.ProfileId);
    }

    public static async Task<List<ContactView>> ViewsAsync(PortalDbContext db, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        var owners = await OwnerNamesAsync(db, contacts.Select(c => c.OwnerId), cancellationToken);
        var accounts = await AccountNamesAsync(db, contacts.Select(c => c.AccountId), cancellationToken);
        var profiles = await ProfilesOfAsync(db, contacts.Select(c => c.Id), cancellationToken);
        return contacts.Select(c => new ContactView(c,
            c.AccountId is { } a ? accounts.GetValueOrDefault(a) : null,
            c.OwnerId is { } o ? owners.GetValueOrDefault(o) : null,
            profiles.TryGetValue(c.Id, out var p) ? p : null)).ToList();
    }
}
