using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Import;

/// <summary>Accounts from import rows, checked like the form checks them.</summary>
internal static class AccountImporter
{
    public static async Task<List<Account>> CheckAsync(PortalDbContext db, IReadOnlyList<CrmImportRow> rows, DateTime now, CancellationToken cancellationToken)
    {
        var owners = (await db.Users.Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var accounts = new List<Account>(rows.Count);
        foreach (var row in rows)
        {
            var input = new AccountFields
            {
                Name = row.Text("name"), Domain = row.Text("domain"), Industry = row.Text("industry"), Country = row.Text("country"),
                Employees = row.Number32("employees"), OwnerId = row.Text("ownerId"),
            };
            if (input.OwnerId is { } owner && !owners.Contains(owner))
                row.Reject("ownerId", $"'{owner}' is not a portal user's id: see GET /api/crm/owners, or leave it empty.");
            try
            {
                var account = new Account { Name = "", CreatedAt = now, UpdatedAt = now };
                AccountFieldValues.Apply(account, AccountValidator.Normalize(input));
                accounts.Add(account);
            }
            catch (DomainValidationException refused)
            {
                row.Reject(refused);
            }
        }

        return accounts;
    }
}
