using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Lodestar.Portal.Client.Features.Crm.Deals;

/// <summary>A deal's record: where it stands, what it is worth, who it is with, and every change (stage moves included).</summary>
public sealed partial class DealPage
{
    [Inject]
    private IDealsApi Api { get; set; } = default!;

    protected override string Noun => "deal";

    protected override (string Title, string Path) List => ("Deals", "crm/deals");

    protected override string DeleteExplanation => "The deal is deleted from the CRM. The events it emitted (stage changes, won or lost) stay.";

    protected override string NameOf(DealDto record) => record.Name;

    protected override Task<DealDto> GetAsync(long id) => Api.GetAsync(id);

    protected override Task<IReadOnlyList<FieldChangeDto>> HistoryAsync(long id) => Api.HistoryAsync(id);

    protected override Task DeleteRecordAsync(long id) => Api.DeleteAsync(id);

    protected override async Task<bool> ShowEditDialogAsync(DealDto record)
    {
        var parameters = new DialogParameters<DealDialog> { { d => d.Existing, record } };
        return await (await Dialogs.ShowAsync<DealDialog>("Edit deal", parameters, DealDialog.Options)).Result is { Canceled: false };
    }
}
