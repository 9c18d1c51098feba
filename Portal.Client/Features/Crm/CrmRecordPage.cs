using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>
/// What every CRM record page does: load the record and its history, edit it in its dialog, delete it after asking,
/// and show where it sits (CRM › list › record). Pages supply the calls and the words.
/// </summary>
public abstract class CrmRecordPage<TDto> : ComponentBase where TDto : class
{
    protected TDto? Record { get; private set; }

    protected IReadOnlyList<FieldChangeDto> History { get; private set; } = [];

    protected string? Error { get; private set; }

    protected string? ActionError { get; private set; }

    protected List<BreadcrumbItem> Crumbs { get; private set; } = [];

    [Parameter]
    public long Id { get; set; }

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>"contact", "account": in messages and the fallback title.</summary>
    protected abstract string Noun { get; }

    /// <summary>The list the record belongs to ("Contacts", "crm/contacts").</summary>
    protected abstract (string Title, string Path) List { get; }

    /// <summary>What deleting keeps and loses, in the confirmation.</summary>
    protected abstract string DeleteExplanation { get; }

    protected abstract string NameOf(TDto record);

    protected abstract Task<TDto> GetAsync(long id);

    protected abstract Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id);

    protected abstract Task DeleteRecordAsync(long id);

    /// <returns>Whether the record was saved (then the page reloads it).</returns>
    protected abstract Task<bool> ShowEditDialogAsync(TDto record);

    protected string Name => Record is null ? $"{Noun} {Id}" : NameOf(Record);

    protected override async Task OnParametersSetAsync()
    {
        Record = null;
        await LoadAsync();
    }

    protected async Task EditAsync()
    {
        if (Record is not null && await ShowEditDialogAsync(Record))
            await LoadAsync();
    }

    protected async Task DeleteAsync()
    {
        var name = Name;
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete " + name + "?", DeleteExplanation, yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
            return;
        ActionError = null;
        try
        {
            await DeleteRecordAsync(Id);
            Snackbar.Add($"{name} was deleted.", Severity.Success);
            Navigation.NavigateTo(List.Path);
        }
        catch (ApiException ex)
        {
            ActionError = ex.Message;
        }
    }

    /// <summary>
    /// A change the page offers besides its edit dialog (a ticket's status): runs it, then shows the record as saved;
    /// a refusal is shown above the record.
    /// </summary>
    protected async Task ChangeAsync(Func<long, Task> change)
    {
        ActionError = null;
        try
        {
            await change(Id);
            await LoadAsync();
        }
        catch (ApiException ex)
        {
            ActionError = ex.Message;
        }
    }

    private async Task LoadAsync()
    {
        Error = null;
        try
        {
            Record = await GetAsync(Id);
            History = await HistoryAsync(Id);
        }
        catch (ApiException ex)
        {
            Error = ex.Message;
        }

        var title = Record is null ? char.ToUpperInvariant(Noun[0]) + Noun[1..] + $" {Id}" : NameOf(Record);
        Crumbs = [new("CRM", "crm"), new(List.Title, List.Path), new(title, null, disabled: true)];
    }
}
