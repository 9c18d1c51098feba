using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// An in-memory <see cref="IContactsApi"/>: lists, filters, sorts and pages its contacts like the server, records every
/// call, and can be told to refuse saves (with field errors) or to report possible duplicates. The table's debounced
/// search calls it from a timer thread, so the records are locked.
/// </summary>
public sealed class FakeContactsApi : IContactsApi
{
    private readonly Lock _lock = new();
    private readonly List<ContactQuery> _queries = [];
    private readonly List<ContactInput> _created = [];
    private readonly List<(long Id, ContactInput Input)> _updated = [];
    private readonly List<long> _deleted = [];
    private readonly List<(ContactInput Input, long? ExceptId)> _duplicateChecks = [];

    public List<ContactDto> Contacts { get; } = [];

    public Dictionary<long, List<FieldChangeDto>> Histories { get; } = [];

    public List<OwnerDto> Owners { get; } = [new("u-mia", "Mia Sales"), new("u-sam", "Sam Admin")];

    /// <summary>What <see cref="FindDuplicatesAsync"/> answers.</summary>
    public List<PossibleDuplicateDto> Duplicates { get; } = [];

    /// <summary>Thrown by create and update when set, as a refused save would be.</summary>
    public ApiException? SaveError { get; set; }

    /// <summary>Thrown by <see cref="ListAsync"/> when set.</summary>
    public ApiException? ListError { get; set; }

    public ApiException? DeleteError { get; set; }

    public IReadOnlyList<ContactQuery> Queries => Snapshot(_queries);

    public IReadOnlyList<ContactInput> Created => Snapshot(_created);

    public IReadOnlyList<(long Id, ContactInput Input)> Updated => Snapshot(_updated);

    public IReadOnlyList<long> Deleted => Snapshot(_deleted);

    public IReadOnlyList<(ContactInput Input, long? ExceptId)> DuplicateChecks => Snapshot(_duplicateChecks);

    public Task<ContactListDto> ListAsync(ContactQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _queries.Add(query);
            if (ListError is not null)
                return Task.FromException<ContactListDto>(ListError);
            var matches = Sorted(Contacts
                .Where(c => query.Q is null || c.Name.Contains(query.Q, StringComparison.OrdinalIgnoreCase) || c.Email == query.Q)
                .Where(c => query.AccountId is null || c.AccountId == query.AccountId)
                .Where(c => query.OwnerId is null || c.OwnerId == query.OwnerId), query.Sort).ToList();
            return Task.FromResult(new ContactListDto(matches.Skip(query.Offset).Take(query.Limit).ToList(), matches.Count));
        }
    }

    public Task<ContactDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Contacts.SingleOrDefault(c => c.Id == id) is { } contact
                ? Task.FromResult(contact)
                : Task.FromException<ContactDto>(new ApiException(404, $"There is no contact {id}."));
        }
    }

    public Task<ContactDto> CreateAsync(ContactInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _created.Add(input);
            if (SaveError is not null)
                return Task.FromException<ContactDto>(SaveError);
            var contact = FromInput(Contacts.Select(c => c.Id).DefaultIfEmpty(0).Max() + 1, input);
            Contacts.Add(contact);
            return Task.FromResult(contact);
        }
    }

    public Task<ContactDto> UpdateAsync(long id, ContactInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _updated.Add((id, input));
            if (SaveError is not null)
                return Task.FromException<ContactDto>(SaveError);
            var index = Contacts.FindIndex(c => c.Id == id);
            Contacts[index] = FromInput(id, input) with { ProfileId = Contacts[index].ProfileId };
            return Task.FromResult(Contacts[index]);
        }
    }

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _deleted.Add(id);
            if (DeleteError is not null)
                return Task.FromException(DeleteError);
            Contacts.RemoveAll(c => c.Id == id);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<PossibleDuplicateDto>> FindDuplicatesAsync(ContactInput input, long? exceptId = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _duplicateChecks.Add((input, exceptId));
            return Task.FromResult<IReadOnlyList<PossibleDuplicateDto>>([.. Duplicates]);
        }
    }

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FieldChangeDto>>(Histories.GetValueOrDefault(id, []));

    public Task<IReadOnlyList<OwnerDto>> OwnersAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OwnerDto>>(Owners);

    public static ContactDto Contact(long id, string firstName, string lastName, string? email = null, long? accountId = null,
        string? accountName = null, long? profileId = null, int updatedDay = 1) => new(
        id, $"ext-{id}", firstName, lastName, email, "+1 555 0100", new DateOnly(1980, 3, 2), "Main Street", "5", "Springfield", "12345",
        "IL", "US", accountId, accountName, "u-mia", "Mia Sales", new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 2, updatedDay, 9, 0, 0, DateTimeKind.Utc), profileId);

    private static IEnumerable<ContactDto> Sorted(IEnumerable<ContactDto> contacts, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        Func<ContactDto, object?> key = sort?.TrimStart('-') switch
        {
            "name" => c => c.Name,
            "email" => c => c.Email,
            "account" => c => c.AccountName,
            "createdAt" => c => c.CreatedAt,
            "updatedAt" => c => c.UpdatedAt,
            _ => c => c.Id,
        };
        return descending ? contacts.OrderByDescending(key) : contacts.OrderBy(key);
    }

    private static ContactDto FromInput(long id, ContactInput input) => new(
        id, input.ExternalId, input.FirstName ?? "", input.LastName ?? "", input.Email, input.Phone, input.BirthDate, input.Street,
        input.StreetNumber, input.City, input.Postcode, input.State, input.Country, input.AccountId, null, input.OwnerId, null,
        new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), null);

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (_lock)
            return [.. list];
    }
}
