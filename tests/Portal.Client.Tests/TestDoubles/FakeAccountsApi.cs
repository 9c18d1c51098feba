using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// An in-memory <see cref="IAccountsApi"/>: lists, filters, sorts and pages its accounts like the server, records every
/// call, and can be told to refuse saves (with field errors) or to report possible duplicates.
/// </summary>
public sealed class FakeAccountsApi : IAccountsApi
{
    private readonly Lock _lock = new();
    private readonly List<AccountQuery> _queries = [];
    private readonly List<AccountInput> _created = [];
    private readonly List<(long Id, AccountInput Input)> _updated = [];
    private readonly List<long> _deleted = [];
    private readonly List<(AccountInput Input, long? ExceptId)> _duplicateChecks = [];

    public List<AccountDto> Accounts { get; } = [];

    public Dictionary<long, List<FieldChangeDto>> Histories { get; } = [];

    /// <summary>What <see cref="FindDuplicatesAsync"/> answers.</summary>
    public List<PossibleDuplicateDto> Duplicates { get; } = [];

    /// <summary>Thrown by create and update when set, as a refused save would be.</summary>
    public ApiException? SaveError { get; set; }

    public IReadOnlyList<AccountQuery> Queries => Snapshot(_queries);

    public IReadOnlyList<AccountInput> Created => Snapshot(_created);

    public IReadOnlyList<(long Id, AccountInput Input)> Updated => Snapshot(_updated);

    public IReadOnlyList<long> Deleted => Snapshot(_deleted);

    public IReadOnlyList<(AccountInput Input, long? ExceptId)> DuplicateChecks => Snapshot(_duplicateChecks);

    public Task<AccountListDto> ListAsync(AccountQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _queries.Add(query);
            var matches = Sorted(Accounts
                .Where(a => query.Q is null || a.Name.Contains(query.Q, StringComparison.OrdinalIgnoreCase) || a.Domain == query.Q)
                .Where(a => query.OwnerId is null || a.OwnerId == query.OwnerId), query.Sort).ToList();
            return Task.FromResult(new AccountListDto(matches.Skip(query.Offset).Take(query.Limit).ToList(), matches.Count));
        }
    }

    public Task<AccountDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Accounts.SingleOrDefault(a => a.Id == id) is { } account
                ? Task.FromResult(account)
                : Task.FromException<AccountDto>(new ApiException(404, $"There is no account {id}."));
        }
    }

    public Task<AccountDto> CreateAsync(AccountInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _created.Add(input);
            if (SaveError is not null)
                return Task.FromException<AccountDto>(SaveError);
            var account = FromInput(Accounts.Select(a => a.Id).DefaultIfEmpty(0).Max() + 1, input);
            Accounts.Add(account);
            return Task.FromResult(account);
        }
    }

    public Task<AccountDto> UpdateAsync(long id, AccountInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _updated.Add((id, input));
            if (SaveError is not null)
                return Task.FromException<AccountDto>(SaveError);
            var index = Accounts.FindIndex(a => a.Id == id);
            Accounts[index] = FromInput(id, input) with { ContactCount = Accounts[index].ContactCount };
            return Task.FromResult(Accounts[index]);
        }
    }

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _deleted.Add(id);
            Accounts.RemoveAll(a => a.Id == id);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(AccountInput input, long? exceptId = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _duplicateChecks.Add((input, exceptId));
            return Task.FromResult<IReadOnlyList<PossibleDuplicateDto>>([.. Duplicates]);
        }
    }

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FieldChangeDto>>(Histories.GetValueOrDefault(id, []));

    public static AccountDto Account(long id, string name, string? domain = null, int contactCount = 0, int updatedDay = 1) => new(
        id, name, domain, "Software", "US", 120, "u-mia", "Mia Sales", contactCount, new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 2, updatedDay, 9, 0, 0, DateTimeKind.Utc));

    private static IEnumerable<AccountDto> Sorted(IEnumerable<AccountDto> accounts, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        Func<AccountDto, object?> key = sort?.TrimStart('-') switch
        {
            "name" => a => a.Name,
            "contacts" => a => a.ContactCount,
            "createdAt" => a => a.CreatedAt,
            "updatedAt" => a => a.UpdatedAt,
            _ => a => a.Id,
        };
        return descending ? accounts.OrderByDescending(key) : accounts.OrderBy(key);
    }

    private static AccountDto FromInput(long id, AccountInput input) => new(
        id, input.Name ?? "", input.Domain, input.Industry, input.Country, input.Employees, input.OwnerId, null, 0,
        new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc));

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (_lock)
            return [.. list];
    }
}
