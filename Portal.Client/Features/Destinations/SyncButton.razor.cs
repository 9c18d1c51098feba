using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Destinations;

/// <summary>
/// Asks the server to start a sync (the destination's endpoint queues the job, so marketers start it too), then follows
/// the job until it has finished and tells the page, which reloads its runs.
/// </summary>
public sealed partial class SyncButton : IDisposable
{
    /// <summary>Messages wrap beside the button, also in a table cell that does not (a server's answer can be long).</summary>
    private const string Wrapping = "white-space: normal; max-width: 320px";

    private readonly CancellationTokenSource _stop = new();
    private bool _running;
    private double _progress;
    private string? _message;
    private string? _error;
    private string? _done;

    [Inject]
    private IJobsApi Jobs { get; set; } = default!;

    /// <summary>Starts the work: a sync of the destination or of one connection, or a replay.</summary>
    [Parameter, EditorRequired]
    public Func<CancellationToken, Task<SyncStartedDto>> Start { get; set; } = default!;

    [Parameter]
    public string Label { get; set; } = "Sync now";

    /// <summary>Asked before starting (a replay sends again); null starts at once.</summary>
    [Parameter]
    public Func<Task<bool>>? Confirm { get; set; }

    /// <summary>Starts the message of a failed job ("The sync failed").</summary>
    [Parameter]
    public string Failed { get; set; } = "The sync failed";

    [Parameter]
    public string Succeeded { get; set; } = "Sync finished.";

    /// <summary>Called when the job has finished (or can no longer be followed), to reload runs and connections.</summary>
    [Parameter]
    public EventCallback Finished { get; set; }

    [Parameter]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Parameter]
    public string TestId { get; set; } = "sync-now";

    [Parameter]
    public Variant Variant { get; set; } = Variant.Outlined;

    [Parameter]
    public Size Size { get; set; } = Size.Medium;

    [Parameter]
    public Color Color { get; set; } = Color.Primary;

    [Parameter]
    public string Icon { get; set; } = Icons.Material.Filled.Sync;

    [Parameter]
    public bool Disabled { get; set; }

    private async Task RunAsync()
    {
        if (Confirm is not null && !await Confirm())
            return;
        (_running, _progress, _message, _error, _done) = (true, 0, null, null, null);
        string jobId;
        try
        {
            jobId = (await Start(_stop.Token)).JobId;
        }
        catch (ApiException ex)
        {
            (_running, _error) = (false, ex.Message);
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            var job = await JobPolling.FollowAsync(Jobs, jobId, PollInterval, step =>
            {
                (_progress, _message) = (step.Progress, step.Message ?? _message);
                StateHasChanged();
            }, _stop.Token);
            if (job.State == "Failed")
                _error = $"{Failed}: {job.Error ?? "no reason was given."}";
            else
                _done = Succeeded;
        }
        catch (ApiException ex)
        {
            // Started, but its progress cannot be read (e.g. the jobs API refused): the run history still shows it.
            _error = $"Started (job {jobId}), but its progress cannot be shown ({ex.Message.TrimEnd('.')}). The run history shows the run.";
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            _running = false;
        }

        await Finished.InvokeAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
