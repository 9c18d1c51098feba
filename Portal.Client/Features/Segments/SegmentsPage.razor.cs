using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Segments;

/// <summary>Every segment with its size, trend and state; searched and sorted in the page (there are tens, not thousands).</summary>
public sealed partial class SegmentsPage
{
    /// <summary>What deleting loses, in the confirmation (the list and a segment's page ask the same).</summary>
    public const string DeleteExplanation = "Its rule, members and refresh history are deleted; this cannot be undone.";

    private static readonly int[] PageSizes = [25, 50, 100];
    private IReadOnlyList<SegmentListItemDto>? _items;
    private string? _q;
    private string? _error;

    [Inject]
    private ISegmentsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    protected override Task OnInitializedAsync() => LoadAsync();

    private bool Matches(SegmentListItemDto item) =>
        string.IsNullOrWhiteSpace(_q)
        || item.Name.Contains(_q.Trim(), StringComparison.OrdinalIgnoreCase)
        || (item.Description?.Contains(_q.Trim(), StringComparison.OrdinalIgnoreCase) ?? false);

    private async Task LoadAsync()
    {
        try
        {
            _items = await Api.ListAsync();
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }
    }

    private async Task UploadAsync()
    {
        var dialog = await Dialogs.ShowAsync<StaticSegmentDialog>("Upload a static segment", StaticSegmentDialog.Options);
        if (await dialog.Result is { Canceled: false })
            await LoadAsync();
    }

    private Task DuplicateAsync(SegmentListItemDto item) => ActAsync(async () =>
    {
        var copy = await Api.DuplicateAsync(item.Id);
        Snackbar.Add($"{item.Name} was copied as {copy.Name}.", Severity.Success);
    });

    private async Task DeleteAsync(SegmentListItemDto item)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Delete {item.Name}?", DeleteExplanation, yesText: "Delete", cancelText: "Cancel");
        if (confirmed == true)
            await ActAsync(async () =>
            {
                await Api.DeleteAsync(item.Id);
                Snackbar.Add($"{item.Name} was deleted.", Severity.Success);
            });
    }

    /// <summary>Runs a change to the list, then shows the list as it is now; a refusal is shown above it.</summary>
    private async Task ActAsync(Func<Task> change)
    {
        _error = null;
        try
        {
            await change();
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }

        await LoadAsync();
    }
}
