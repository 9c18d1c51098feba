using Lodestar.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Lodestar.Domain.Crm;

/// <summary>Creates, edits and deletes accounts, recording each field change.</summary>
public sealed class AccountService(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<AccountView> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var account = await db.CrmAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no account with id {id}.");
        return (await AccountQueryService.ViewsAsync(db, [account], cancellationToken))[0];
    }

    /// <exception cref="DomainValidationException">A field is wrong or the owner is not a user.</exception>
    public Task<AccountView> CreateAsync(AccountFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(null, input, by, cancellationToken);

    public Task<AccountView> UpdateAsync(long id, AccountFields input, string by, CancellationToken cancellationToken) =>
        SaveAsync(id, input, by, cancellationToken);

    /// <summary>Deletes the account; its contacts, deals and tickets stay without it, its activities stay on their other records.</summary>
    public async Task DeleteAsync(long id, string by, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await CrmDeletion.DeleteAsync(db, CrmRecordTypes.Account, id, () => db.CrmAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken),
            a => a.Name, by, time.GetUtcNow().UtcDateTime, cancellationToken, async () =>
            {
                // The database does not let tickets and deals go itself (see TicketConfiguration, DealConfiguration).
                await db.CrmTickets.Where(t => t.AccountId == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.AccountId, (long?)null), cancellationToken);
                await db.Deals.Where(d => d.AccountId == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.AccountId, (long?)null), cancellationToken);
            });
    }

    public async Task<IReadOnlyList<CrmFieldChange>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await CrmHistory.ListExistingAsync(db, CrmRecordTypes.Account, id, () => db.CrmAccounts.AnyAsync(a => a.Id == id, cancellationToken), cancellationToken);
    }

    /// <summary>Accounts with the same name (ignoring case) or the same domain.</summary>
    public async Task<IReadOnlyList<PossibleDuplicate>> FindDuplicatesAsync(AccountFields input, long? exceptId, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(input.Name) ? null : input.Name.Trim().ToLower();
        var domain = string.IsNullOrWhiteSpace(input.Domain) ? null : input.Domain.Trim().ToLower();
        await using var db = contexts.CreateDbContext();
        var rows = await db.CrmAccounts.AsNoTracking()
            .Where(a => a.Id != exceptId && ((name != null && a.Name.ToLower() == name) || (domain != null && a.Domain == domain)))
            .OrderBy(a => a.Id).Take(10).ToListAsync(cancellationToken);
        return rows.Select(a => new PossibleDuplicate(a.Id, a.Name,
            string.Join(", ", new[] { a.Name.ToLower() == name ? "same name" : null, domain != null && a.Domain == domain ? "same domain" : null }.OfType<string>()))).ToList();
    }

    private async Task<AccountView> SaveAsync(long? id, AccountFields input, string by, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fields = AccountValidator.Normalize(input);
        await using var db = contexts.CreateDbContext();
        var errors = new Dictionary<string, string[]>();
        await CrmLookups.CheckOwnerAsync(db, fields.OwnerId, errors, cancellationToken);
        if (errors.Count > 0)
            throw new DomainValidationException(errors);
        // SQL Server retries transient faults: the record and its history are replayed together.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Account account;
            IReadOnlyList<(string, string?)>? before = null;
            if (id is { } existingId)
            {
                account = await db.CrmAccounts.FirstOrDefaultAsync(a => a.Id == existingId, cancellationToken)
                    ?? throw new NotFoundException($"There is no account with id {existingId}.");
                before = AccountFieldValues.Of(account, await OwnerNameAsync(db, account.OwnerId, cancellationToken));
            }
            else
            {
                account = new Account { Name = "", CreatedAt = now };
                db.CrmAccounts.Add(account);
            }

            AccountFieldValues.Apply(account, fields);
            account.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            var saved = (await AccountQueryService.ViewsAsync(db, [account], cancellationToken))[0];
            CrmHistory.AddChanges(db, CrmRecordTypes.Account, account.Id, before, AccountFieldValues.Of(account, saved.OwnerName), by, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        });
    }

    private static async Task<string?> OwnerNameAsync(PortalDbContext db, string? ownerId, CancellationToken cancellationToken) =>
        (await CrmLookups.OwnerNamesAsync(db, [ownerId], cancellationToken)).Values.FirstOrDefault();
}
