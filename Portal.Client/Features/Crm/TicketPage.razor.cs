using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm;

/// <summary>A ticket's record: where it is in the workflow (with buttons to move it on), its details and what changed.</summary>
public sealed partial class TicketPage
{
    [Inject]
    private ITicketsApi Api { get; set; } = default!;

    protected override string Noun => "ticket";

    protected override (string Title, string Path) List => ("Tickets", "crm/tickets");

    protected override string DeleteExplanation =>
        "The ticket is deleted from the CRM. The events it stored (opened, solved) stay in the customer's timeline.";

    protected override string NameOf(TicketDto record) => record.Subject;

    protected override Task<TicketDto> GetAsync(long id) => Api.GetAsync(id);

    protected override Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id) => Api.HistoryAsync(id);

    protected override Task DeleteRecordAsync(long id) => Api.DeleteAsync(id);

    protected override async Task<bool> ShowEditDialogAsync(TicketDto record)
    {
        var parameters = new DialogParameters<TicketDialog> { { d => d.Existing, record } };
        return await (await Dialogs.ShowAsync<TicketDialog>("Edit ticket", parameters, TicketDialog.Options)).Result is { Canceled: false };
    }

    /// <summary>Saves the ticket as it is with another status (the server solves, closes or reopens it and records the change).</summary>
    private Task MoveAsync(string status) =>
        Record is null ? Task.CompletedTask : ChangeAsync(id => Api.UpdateAsync(id, TicketForm.From(Record).ToInput() with { Status = status }));
}
