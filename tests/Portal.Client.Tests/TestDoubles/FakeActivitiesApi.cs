using Lodestar.Portal.Client.Features.Crm.Activities;
using Lodestar.Portal.Client.Infrastructure;

namespace Lodestar.Portal.Client.Tests.TestDoubles;

/// <summary>
/// An in-memory <see cref="IActivitiesApi"/>: filters its activities like the server (newest added first), records
/// every call, and can be told to refuse saves with field errors. "me" is the signed-in test user, <c>u-mia</c>.
/// </summary>
public sealed class FakeActivitiesApi : IActivitiesApi
{
    private readonly Lock _lock = new();
    private readonly List<ActivityQuery> _queries = [];
    private readonly List<ActivityInput> _created = [];
    private readonly List<long> _completed = [];
    private readonly List<(long Id, ActivityInput Input)> _updated = [];
    private readonly List<long> _deleted = [];

    public List<ActivityDto> Activities { get; } = [];

    /// <summary>Thrown by create when set, as a refused save would be.</summary>
    public ApiException? SaveError { get; set; }

    public IReadOnlyList<ActivityQuery> Queries => Snapshot(_queries);

    public IReadOnlyList<ActivityInput> Created => Snapshot(_created);

    public IReadOnlyList<long> Completed => Snapshot(_completed);

    public IReadOnlyList<(long Id, ActivityInput Input)> Updated => Snapshot(_updated);

    public IReadOnlyList<long> Deleted => Snapshot(_deleted);

    public Task<ActivityListDto> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _queries.Add(query);
            var assignee = query.AssigneeId == ActivityQuery.Me ? "u-mia" : query.AssigneeId;
            var matches = Activities
                .Where(a => (query.ContactId is null || a.ContactId == query.ContactId) && (query.AccountId is null || a.AccountId == query.AccountId))
                .Where(a => (query.DealId is null || a.DealId == query.DealId) && (query.TicketId is null || a.TicketId == query.TicketId))
                .Where(a => query.Kinds is not { Count: > 0 } || query.Kinds.Contains(a.Kind))
                .Where(a => assignee is null || a.AssigneeId == assignee)
                .Where(a => !query.OpenTasks || a is { Kind: ActivityChoices.Task, CompletedAt: null })
                .Where(a => !query.Overdue || a.Overdue)
                .Reverse().ToList();
            if (query.OpenTasks || query.Overdue)
                matches = [.. matches.OrderBy(a => a.DueAt)];
            return Task.FromResult(new ActivityListDto(matches.Skip(query.Offset).Take(query.Limit).ToList(), matches.Count));
        }
    }

    public Task<ActivityDto> GetAsync(long id, CancellationToken cancellationToken = default) => Task.FromResult(Find(id));

    public Task<ActivityDto> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _created.Add(input);
            if (SaveError is not null)
                return Task.FromException<ActivityDto>(SaveError);
            var activity = Activity(Activities.Select(a => a.Id).DefaultIfEmpty(0).Max() + 1, input.Kind ?? "note", input.Subject ?? input.Body ?? "",
                    input.ContactId, input.DueAt) with
                { Body = input.Body, AccountId = input.AccountId, DealId = input.DealId, TicketId = input.TicketId, DurationMinutes = input.DurationMinutes,
                    Direction = input.Direction, Outcome = input.Outcome };
            Activities.Add(activity);
            return Task.FromResult(activity);
        }
    }

    public Task<ActivityDto> UpdateAsync(long id, ActivityInput input, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _updated.Add((id, input));
        return Task.FromResult(Replace(id, a => a with
        {
            Kind = input.Kind ?? a.Kind, Subject = input.Subject ?? input.Body ?? "", Body = input.Body, OccurredAt = input.OccurredAt ?? StoppedClock.Now,
            DurationMinutes = input.DurationMinutes, Direction = input.Direction, Outcome = input.Outcome, DueAt = input.DueAt,
        }));
    }

    public Task DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _deleted.Add(id);
            Activities.RemoveAll(a => a.Id == id);
        }

        return Task.CompletedTask;
    }

    public Task<ActivityDto> CompleteAsync(long id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            _completed.Add(id);
        return Task.FromResult(Replace(id, a => a with { CompletedAt = StoppedClock.Now, Overdue = false }));
    }

    public Task<ActivityDto> ReopenAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Replace(id, a => a with { CompletedAt = null }));

    /// <summary>The contact's timeline, as the test set it up (pages by the before it is asked for; null: the first).</summary>
    public Dictionary<string, TimelinePageDto> Timeline { get; } = [];

    public Task<TimelinePageDto> ContactTimelineAsync(long contactId, string? before, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(Timeline.GetValueOrDefault(before ?? "", new TimelinePageDto([], null)));

    /// <summary>An activity logged an hour before <see cref="StoppedClock.Now"/>; a task is due at <paramref name="dueAt"/> and Mia's.</summary>
    public static ActivityDto Activity(long id, string kind, string subject, long? contactId = null, DateTime? dueAt = null) => new(
        id, kind, subject, null, contactId, contactId is null ? null : $"Contact {contactId}", null, null, null, null, null, null,
        StoppedClock.Now.AddHours(-1), null, null, null, dueAt, null, kind == ActivityChoices.Task ? "u-mia" : null,
        kind == ActivityChoices.Task ? "Mia Sales" : null, dueAt < StoppedClock.Now, "mia@example.com", StoppedClock.Now, StoppedClock.Now);

    private ActivityDto Find(long id)
    {
        lock (_lock)
            return Activities.SingleOrDefault(a => a.Id == id) ?? throw new ApiException(404, $"There is no activity with id {id}.");
    }

    private ActivityDto Replace(long id, Func<ActivityDto, ActivityDto> change)
    {
        lock (_lock)
        {
            var index = Activities.FindIndex(a => a.Id == id);
            Activities[index] = change(Activities[index]);
            return Activities[index];
        }
    }

    private IReadOnlyList<T> Snapshot<T>(List<T> list)
    {
        lock (_lock)
            return [.. list];
    }
}
