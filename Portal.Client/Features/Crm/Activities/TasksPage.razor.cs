using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Activities;

/// <summary>The signed-in user's open tasks, grouped overdue / due today / later; ticking one completes it and takes it off.</summary>
public sealed partial class TasksPage
{
    /// <summary>More open tasks than this is a backlog to triage elsewhere; the page shows the soonest due.</summary>
    private const int MaxTasks = 200;

    private static readonly List<BreadcrumbItem> Crumbs = [new("CRM", "crm"), new("My tasks", null, disabled: true)];

    private List<ActivityDto>? _tasks;
    private string? _error;

    [Inject]
    private IActivitiesApi Api { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _tasks = [.. (await Api.ListAsync(new ActivityQuery(AssigneeId: ActivityQuery.Me, OpenTasks: true, Limit: MaxTasks))).Items];
        }
        catch (ApiException ex)
        {
            (_tasks, _error) = ([], ex.Message);
        }
    }

    private async Task CompleteAsync((ActivityDto Task, bool Done) change)
    {
        if (!change.Done)
            return;
        try
        {
            await Api.CompleteAsync(change.Task.Id);
            _tasks?.RemoveAll(t => t.Id == change.Task.Id);
            _error = null;
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }
}
