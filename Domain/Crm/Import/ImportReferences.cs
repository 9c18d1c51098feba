using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Import;

/// <summary>The accounts and owners an import's rows may name, loaded once for the whole file.</summary>
internal sealed class ImportReferences
{
    private readonly Dictionary<string, List<long>> _accountsByName;
    private readonly HashSet<long> _accountIds;
    private readonly HashSet<string> _owners;

    private ImportReferences(Dictionary<string, List<long>> accountsByName, HashSet<long> accountIds, HashSet<string> owners) =>
        (_accountsByName, _accountIds, _owners) = (accountsByName, accountIds, owners);

    public static async Task<ImportReferences> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var accounts = await db.CrmAccounts.AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var owners = await db.Users.Select(u => u.Id).ToListAsync(cancellationToken);
        return new ImportReferences(
            accounts.GroupBy(a => a.Name.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Select(a => a.Id).ToList()),
            accounts.Select(a => a.Id).ToHashSet(), owners.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The row's account, by <c>accountId</c> or else <c>accountName</c>; a wrong one is rejected on the row.</summary>
    public long? Account(CrmImportRow row)
    {
        var accountId = row.Id("accountId");
        if (accountId is { } id)
        {
            if (!_accountIds.Contains(id))
                row.Reject("accountId", $"There is no account with id {id}.");
            return id;
        }

        if (row.Text("accountName") is not { } name)
            return null;
        if (!_accountsByName.TryGetValue(name.ToLowerInvariant(), out var matches))
            row.Reject("accountName", $"There is no account named '{name}': create it first (or import accounts first), or leave it empty.");
        else if (matches.Count > 1)
            row.Reject("accountName", $"{matches.Count} accounts are named '{name}': give the account's id in accountId instead.");
        else
            return matches[0];
        return null;
    }

    /// <summary>The row's <c>ownerId</c> when it names a portal user; otherwise rejected on the row.</summary>
    public string? Owner(CrmImportRow row)
    {
        var owner = row.Text("ownerId");
        if (owner is not null && !_owners.Contains(owner))
            row.Reject("ownerId", $"'{owner}' is not a portal user's id: see GET /api/crm/owners, or leave it empty.");
        return owner;
    }
}
