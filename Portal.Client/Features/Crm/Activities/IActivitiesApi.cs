namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>CRM activities: notes, calls, emails, meetings and tasks (<c>/api/crm/activities</c>). Reading: every role; writing: Sales and Admin.</summary>
public interface IActivitiesApi
{
    Task<ActivityListDto> ListAsync(ActivityQuery query, CancellationToken cancellationToken = default);

    Task<ActivityDto> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Logs an activity; a task without an assignee is the signed-in user's.</summary>
    /// <exception cref="Infrastructure.ApiException">400 with an error per field when the input is invalid.</exception>
    Task<ActivityDto> CreateAsync(ActivityInput input, CancellationToken cancellationToken = default);

    Task<ActivityDto> UpdateAsync(long id, ActivityInput input, CancellationToken cancellationToken = default);

    Task DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Marks a task done.</summary>
    Task<ActivityDto> CompleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Makes a done task open again.</summary>
    Task<ActivityDto> ReopenAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The contact's timeline (<c>/api/crm/contacts/{id}/timeline</c>): its activities (also those on its deals and tickets)
    /// and its profile's product events, newest first. <paramref name="before"/>: a UTC time or the previous page's nextBefore.
    /// </summary>
    Task<TimelinePageDto> ContactTimelineAsync(long contactId, string? before, int limit, CancellationToken cancellationToken = default);
}
