using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm.Import;

/// <summary>Accounts from import rows, checked like the form checks them.</summary>
internal static class AccountImporter
{
    public static async Task<List<Account>> CheckAsync(PortalDbContext db, IReadOnlyList<CrmImportRow> rows, DateTime now, CancellationToken cancellationToken)
    {
        var references = await ImportReferences.LoadAsync(db, cancellationToken);
        var accounts = new List<Account>(rows.Count);
        foreach (var row in rows)
        {
            var input = new AccountFields
            {
                Name = row.Text("name"), Domain = row.Text("domain"), Industry = row.Text("industry"), Country = row.Text("country"),
                Employees = row.Number32("employees"), OwnerId = references.Owner(row),
            };
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
