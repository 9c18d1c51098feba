using Lodestar.Portal.Client.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A contact's record: who it is, every field, what changed, and what the person did in the product.</summary>
public sealed partial class ContactPage
{
    private ContactDto? _contact;
    private IReadOnlyList<FieldChangeDto> _history = [];
    private string? _error;
    private string? _actionError;
    private List<BreadcrumbItem> _crumbs = [];

    [Parameter]
    public long Id { get; set; }

    [Inject]
    private IContactsApi Api { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _contact = null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _error = null;
        try
        {
            _contact = await Api.GetAsync(Id);
            _history = await Api.HistoryAsync(Id);
        }
        catch (ApiException ex)
        {
            _error = ex.Message;
        }

        _crumbs = [new("CRM", "crm"), new("Contacts", "crm/contacts"), new(_contact?.Name ?? $"Contact {Id}", null, disabled: true)];
    }

    private async Task EditAsync()
    {
        var parameters = new DialogParameters<ContactDialog> { { d => d.Existing, _contact } };
        var result = await (await Dialogs.ShowAsync<ContactDialog>("Edit contact", parameters, ContactDialog.Options)).Result;
        if (result is { Canceled: false })
            await LoadAsync();
    }

    private async Task DeleteAsync()
    {
        var name = _contact?.Name ?? $"contact {Id}";
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete " + name + "?",
            "The contact is deleted from the CRM. The person's tracked events and profile stay in the CDP.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
            return;
        _actionError = null;
        try
        {
            await Api.DeleteAsync(Id);
            Snackbar.Add($"{name} was deleted.", Severity.Success);
            Navigation.NavigateTo("crm/contacts");
        }
        catch (ApiException ex)
        {
            _actionError = ex.Message;
        }
    }
}

