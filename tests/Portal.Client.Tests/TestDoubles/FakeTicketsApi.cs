using Lodestar.Portal.Client.Features.Crm;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// An in-memory <see cref="ITicketsApi"/>: filters and pages its tickets like the server (in the order they were added),
/// records every call, and can be told to refuse saves with field errors. "me" is the signed-in test user, <c>u-mia</c>.
/// </summary>
public sealed class FakeTicketsApi : ITicketsApi
{
    private readonly Lock _lock = new();
    private readonly List<TicketQuery> _queries = [];
    private readonly List<TicketInput> _created = [];
    private readonly List<(long Id, TicketInput Input)> _updated = [];
    private readonly List<long> _deleted = [];

    public List<TicketDto> Tickets { get; } = [];

    public Dictionary<long, List<FieldChangeDto>> Histories { get; } = [];

    /// <summary>Thrown by create and update when set, as a refused save would be.</summary>
    public ApiException? SaveError { get; set; }

    public IReadOnlyList<TicketQuery> Queries => Snapshot(_queries);

    public IReadOnlyList<TicketInput> Created => Snapshot(_created);

    public IReadOnlyList<(long Id, TicketInput Input)> Updated => Snapshot(_updated);

    public IReadOnlyList<long> Deleted => Snapshot(_deleted);

    public Task<TicketListDto> ListAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _queries.Add(query);
            var assignee = query.AssigneeId == TicketQuery.Me ? "u-mia" : query.AssigneeId;
            var matches = Tickets
                .Where(t => query.Q is null || t.Subject.Contains(query.Q, StringComparison.OrdinalIgnoreCase))
                .Where(t => query.Statuses is not { Count: > 0 } || query.Statuses.Contains(t.Status))
                .Where(t => query.Priorities is not { Count: > 0 } || query.Priorities.Contains(t.Priority))
                .Where(t => assignee is null || (assignee == TicketQuery.Unassigned ? t.AssigneeId is null : t.AssigneeId == assignee))
                .Where(t => (query.ContactId is null || t.ContactId == query.ContactId) && (query.AccountId is null || t.AccountId == query.AccountId))
                .Where(t => !query.Breached || t.Breached).ToList();
            return Task.FromResult(new TicketListDto(matches.Skip(query.Offset).Take(query.Limit).ToList(), matches.Count));
        }
    }

    public Task<TicketDto> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Tickets.SingleOrDefault(t => t.Id == id) is { } ticket
                ? Task.FromResult(ticket)
                : Task.FromException<TicketDto>(new ApiException(404, $"There is no ticket with id {id}."));
        }
    }

    public Task<TicketDto> CreateAsync(TicketInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _created.Add(input);
            if (SaveError is not null)
                return Task.FromException<TicketDto>(SaveError);
            var ticket = FromInput(Tickets.Select(t => t.Id).DefaultIfEmpty(0).Max() + 1, input);
            Tickets.Add(ticket);
            return Task.FromResult(ticket);
        }
    }

    public Task<TicketDto> UpdateAsync(long id, TicketInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _updated.Add((id, input));
            if (SaveError is not null)
                return Task.FromException<TicketDto>(SaveError);
            var index = Tickets.FindIndex(t => t.Id == id);
            Tickets[index] = FromInput(id, input) with { DueAt = Tickets[index].DueAt, Breached = Tickets[index].Breached };
            return Task.FromResult(Tickets[index]);
        }
    }

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _deleted.Add(id);
            Tickets.RemoveAll(t => t.Id == id);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FieldChangeDto>>(Histories.GetValueOrDefault(id, []));

    /// <summary>A ticket due <paramref name="dueInHours"/> after <see cref="StoppedClock.Now"/> (negative: overdue, and so breached).</summary>
    public static TicketDto Ticket(long id, string subject, string status = "open", string priority = "normal", double dueInHours = 3,
        long? contactId = null, string? contactName = null, long? accountId = null, string? accountName = null, string? assigneeId = null) => new(
        id, subject, "The customer's words.", status, priority, assigneeId, assigneeId is null ? null : "Mia Sales", contactId, contactName, accountId, accountName,
        StoppedClock.Now.AddDays(-1), StoppedClock.Now.AddHours(-1), null, StoppedClock.Now.AddHours(dueInHours), dueInHours < 0, "mia@example.com");

    private static TicketDto FromInput(long id, TicketInput input) => new(
        id, input.Subject ?? "", input.Description, input.Status ?? "new", input.Priority ?? "normal", input.AssigneeId, null,
        input.ContactId, input.ContactId is null ? null : $"Contact {input.ContactId}", input.AccountId, input.AccountId is null ? null : $"Account {input.AccountId}",
        StoppedClock.Now, StoppedClock.Now, input.Status is "solved" or "closed" ? StoppedClock.Now : null, StoppedClock.Now.AddHours(72), false, "mia@example.com");

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (_lock)
            return [.. list];
    }
}
